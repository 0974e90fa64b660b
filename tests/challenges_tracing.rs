//! The tracing Sankey (挑战 → 建议 → 案例) on the real `data/`: its ECharts JSON is a valid
//! Sankey with unique node names and links of value 1, and every link of `challenges.json`
//! appears in the chart and in its table twin.

mod common;

use std::collections::{HashMap, HashSet};

use bluebook::charts::tracing::{tracing_height, tracing_sankey, tracing_sankey_focused};
use bluebook::charts::{ChartTarget, Figure};
use bluebook::domain::tracing::{focused_challenge, TracingNode};
use bluebook::domain::{Dataset, Scope};
use bluebook::i18n::Lang;
use bluebook::routes::Route;
use serde_json::Value;

const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

/// The Sankey series of a figure's chart, as ECharts receives it.
fn sankey_json(figure: &Figure) -> Value {
    let json = common::option_json(figure);
    let series = json["series"].as_array().expect("series array");
    assert_eq!(series.len(), 1, "one series");
    assert_eq!(series[0]["type"], "sankey");
    series[0].clone()
}

fn names(series: &Value) -> Vec<String> {
    series["data"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|node| node["name"].as_str().expect("node name").to_string())
        .collect()
}

/// Every case id the challenges or recommendations link to, counted independently.
fn linked_cases(data: &Dataset) -> HashSet<&str> {
    data.challenges
        .iter()
        .flat_map(|c| c.cases.iter())
        .chain(data.recommendations.iter().flat_map(|r| r.cases.iter()))
        .map(|id| id.as_str())
        .collect()
}

fn link_count(data: &Dataset) -> usize {
    data.challenges
        .iter()
        .map(|c| c.recommendations.len() + c.cases.len())
        .sum::<usize>()
        + data
            .recommendations
            .iter()
            .map(|r| r.cases.len())
            .sum::<usize>()
}

#[test]
fn sankey_has_every_challenge_recommendation_and_linked_case_once() {
    let data = common::real_dataset();
    let cases = linked_cases(&data);
    assert!(cases.len() >= 20, "linked cases: {}", cases.len());
    for lang in LANGS {
        let series = sankey_json(&tracing_sankey(&data, lang));
        let names = names(&series);
        assert_eq!(names.len(), 8 + 8 + cases.len(), "{lang:?} node count");
        let unique: HashSet<&String> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "{lang:?} node names are unique");
        // Columns: challenges 0, recommendations 1, cases 2.
        let depths: Vec<u64> = series["data"]
            .as_array()
            .expect("nodes")
            .iter()
            .map(|node| node["depth"].as_f64().expect("depth") as u64)
            .collect();
        assert_eq!(depths.iter().filter(|d| **d == 0).count(), 8);
        assert_eq!(depths.iter().filter(|d| **d == 1).count(), 8);
        assert_eq!(depths.iter().filter(|d| **d == 2).count(), cases.len());
        // Each challenge node is "tag · title", the title shortened with "…" if long.
        for challenge in &data.challenges {
            let tag = match lang {
                Lang::Zh => format!("挑战{} · ", challenge.number),
                Lang::En => format!("C{} · ", challenge.number),
            };
            let title = challenge.title.get(lang);
            let found = names.iter().any(|name| {
                name.strip_prefix(&tag).is_some_and(|shown| {
                    shown == title || title.starts_with(shown.trim_end_matches('…'))
                })
            });
            assert!(found, "{lang:?}: no node for challenge {}", challenge.id);
        }
        // The Chinese titles of challenges are short enough to show whole.
        if lang == Lang::Zh {
            for challenge in &data.challenges {
                assert!(names.iter().any(|name| name.ends_with(&challenge.title.zh)));
            }
        }
    }
}

#[test]
fn every_link_joins_existing_nodes_with_value_one() {
    let data = common::real_dataset();
    for lang in LANGS {
        let series = sankey_json(&tracing_sankey(&data, lang));
        let names: HashSet<String> = names(&series).into_iter().collect();
        let links = series["links"].as_array().expect("links");
        assert_eq!(links.len(), link_count(&data), "{lang:?} link count");
        let mut pairs = HashSet::new();
        for link in links {
            let source = link["source"].as_str().expect("source");
            let target = link["target"].as_str().expect("target");
            assert!(names.contains(source), "{lang:?}: unknown source {source}");
            assert!(names.contains(target), "{lang:?}: unknown target {target}");
            assert_ne!(source, target);
            assert_eq!(link["value"].as_f64(), Some(1.0), "{source} → {target}");
            assert!(
                pairs.insert((source, target)),
                "duplicate {source} → {target}"
            );
        }
    }
}

#[test]
fn no_formatter_is_built_from_data() {
    let data = common::real_dataset();
    for lang in LANGS {
        let json = common::option_json(&tracing_sankey(&data, lang));
        let mut formatters = Vec::new();
        collect_formatters(&json, &mut formatters);
        for formatter in formatters {
            assert_eq!(formatter, Value::from("{b}"), "only a static formatter");
        }
    }
}

fn collect_formatters(value: &Value, out: &mut Vec<Value>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                if key == "formatter" {
                    out.push(inner.clone());
                }
                collect_formatters(inner, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_formatters(item, out)),
        _ => {}
    }
}

/// Table rows as (kind, from, to, value).
fn rows(data: &Dataset, lang: Lang, focus: Option<&str>) -> Vec<Vec<String>> {
    let figure = tracing_sankey_focused(data, lang, focus);
    assert_eq!(figure.table.columns.len(), 4);
    for row in &figure.table.rows {
        assert_eq!(row.len(), 4);
        assert_eq!(row[3], "1", "every link counts 1");
    }
    figure.table.rows
}

fn has_row(rows: &[Vec<String>], from: &str, to: &str) -> bool {
    rows.iter()
        .any(|row| row[1].contains(from) && row[2].contains(to))
}

#[test]
fn every_link_in_the_data_appears_in_the_table_with_full_titles() {
    let data = common::real_dataset();
    let recs: HashMap<&str, _> = data
        .recommendations
        .iter()
        .map(|r| (r.id.as_str(), r))
        .collect();
    let cases: HashMap<&str, _> = data.cases.iter().map(|c| (c.id.as_str(), c)).collect();
    for lang in LANGS {
        let rows = rows(&data, lang, None);
        assert_eq!(rows.len(), link_count(&data), "{lang:?}: one row per link");
        for challenge in &data.challenges {
            let from = challenge.title.get(lang);
            for rec in &challenge.recommendations {
                let to = recs[rec.as_str()].title.get(lang);
                assert!(
                    has_row(&rows, from, to),
                    "{lang:?}: {} → {rec}",
                    challenge.id
                );
            }
            for case in &challenge.cases {
                let to = cases[case.as_str()].title.get(lang);
                assert!(
                    has_row(&rows, from, to),
                    "{lang:?}: {} → {case}",
                    challenge.id
                );
            }
        }
        for rec in &data.recommendations {
            let from = rec.title.get(lang);
            for case in &rec.cases {
                let to = cases[case.as_str()].title.get(lang);
                assert!(has_row(&rows, from, to), "{lang:?}: {} → {case}", rec.id);
            }
        }
    }
}

#[test]
fn recommendation_nodes_say_whether_they_address_operators_or_the_industry() {
    let data = common::real_dataset();
    let series = sankey_json(&tracing_sankey(&data, Lang::Zh));
    let names = names(&series);
    for rec in &data.recommendations {
        let tag = match rec.scope {
            Scope::Enterprise => format!("企业建议{}", rec.number),
            Scope::Industry => format!("行业建议{}", rec.number),
        };
        assert!(
            names.iter().any(|name| name.starts_with(&tag)),
            "no node tagged {tag}"
        );
    }
}

#[test]
fn every_node_name_maps_back_to_what_a_click_should_open() {
    let data = common::real_dataset();
    for lang in LANGS {
        let figure = tracing_sankey(&data, lang);
        let series = sankey_json(&figure);
        for (index, _name) in names(&series).iter().enumerate() {
            let Some(ChartTarget::Node(node)) = figure.target(0, index) else {
                panic!("{lang:?}: node {index} maps to nothing");
            };
            let path = Route::from(node).path();
            match node {
                TracingNode::Challenge(id) => {
                    assert!(data.challenges.iter().any(|c| &c.id == id));
                    assert_eq!(path, format!("/cases?challenge={id}"));
                }
                TracingNode::Recommendation(id) => {
                    assert!(data.recommendations.iter().any(|r| &r.id == id));
                    assert_eq!(path, format!("/cases?rec={id}"));
                }
                TracingNode::Case(id) => {
                    assert!(data.cases.iter().any(|c| &c.id == id));
                    assert_eq!(path, format!("/cases/{id}"));
                }
            }
        }
        assert_eq!(figure.target(0, names(&series).len()), None);
    }
}

#[test]
fn a_focused_challenge_shows_only_its_trace() {
    let data = common::real_dataset();
    for challenge in &data.challenges {
        let rows = rows(&data, Lang::En, Some(&challenge.id));
        let rec_cases: usize = data
            .recommendations
            .iter()
            .filter(|r| challenge.recommendations.contains(&r.id))
            .map(|r| r.cases.len())
            .sum();
        assert_eq!(
            rows.len(),
            challenge.recommendations.len() + challenge.cases.len() + rec_cases,
            "{}",
            challenge.id
        );
        let series = sankey_json(&tracing_sankey_focused(
            &data,
            Lang::En,
            Some(&challenge.id),
        ));
        let depth0 = series["data"]
            .as_array()
            .expect("nodes")
            .iter()
            .filter(|node| node["depth"].as_f64() == Some(0.0))
            .count();
        assert_eq!(depth0, 1, "only the focused challenge");
        // The same node keeps the same name when focused, so clicks still map.
        let full: HashSet<String> = names(&sankey_json(&tracing_sankey(&data, Lang::En)))
            .into_iter()
            .collect();
        assert!(names(&series).iter().all(|name| full.contains(name)));
    }
    // An unknown focus is no focus.
    assert!(focused_challenge(&data, Some("nope")).is_none());
    assert_eq!(
        rows(&data, Lang::Zh, Some("nope")).len(),
        rows(&data, Lang::Zh, None).len()
    );
}

#[test]
fn challenges_without_cases_still_reach_their_recommendations() {
    let data = common::real_dataset();
    let without: Vec<_> = data
        .challenges
        .iter()
        .filter(|c| c.cases.is_empty())
        .collect();
    // The report shows no case for the competition and talent challenges.
    assert!(without.iter().any(|c| c.id == "competition-risk"));
    assert!(without.iter().any(|c| c.id == "high-end-talent-shortage"));
    let rows = rows(&data, Lang::Zh, None);
    for challenge in without {
        let from = challenge.title.get(Lang::Zh);
        let links: Vec<_> = rows.iter().filter(|row| row[1].contains(from)).collect();
        assert_eq!(
            links.len(),
            challenge.recommendations.len(),
            "{}",
            challenge.id
        );
        assert!(links.iter().all(|row| row[0] == "挑战 → 建议"));
    }
}

#[test]
fn the_chart_is_tall_enough_for_its_busiest_column() {
    let data = common::real_dataset();
    let full = tracing_height(&data, None);
    let cases = linked_cases(&data).len() as u32;
    // At least a label line (11px font) plus the gap for every case node.
    assert!(full >= cases * 15, "height {full} for {cases} cases");
    assert!(full <= 1400, "height {full}");
    for challenge in &data.challenges {
        let focused = tracing_height(&data, Some(&challenge.id));
        assert!(
            (320..=full).contains(&focused),
            "{}: {focused}",
            challenge.id
        );
    }
}
