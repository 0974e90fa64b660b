//! The strategy views' chart builders, read through their ECharts option JSON
//! (`figure.option`), on the real `data/`.

mod common;

use std::collections::{BTreeSet, HashSet};

use bluebook::charts::strategy as charts;
use bluebook::charts::Figure;
use bluebook::domain::compare::Selection;
use bluebook::domain::{Dataset, Domain, TierId};
use bluebook::i18n::{Lang, Ui};
use serde_json::Value;

fn json(figure: &Figure) -> Value {
    common::option_json(figure)
}

fn series(option: &Value) -> Vec<Value> {
    option["series"].as_array().cloned().unwrap_or_default()
}

fn numbers(data: &Value) -> Vec<Option<f64>> {
    data.as_array()
        .expect("series data is an array")
        .iter()
        .map(|v| match v {
            Value::Number(n) => n.as_f64(),
            Value::String(s) if s == "-" => None,
            other => panic!("unexpected data value {other}"),
        })
        .collect()
}

/// Every `formatter` anywhere in the option.
fn formatters(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                if key == "formatter" {
                    out.push(v.as_str().expect("formatter is a string").to_string());
                }
                formatters(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| formatters(v, out)),
        _ => {}
    }
}

/// Tooltip and label formatters are fixed templates, never made of data text.
fn assert_fixed_formatters(figure: &Figure) {
    const ALLOWED: [&str; 5] = ["{a}<br/>{b}", "{a}<br/>{b}: {c}", "{b}", "{c}", "{c}%"];
    let mut found = Vec::new();
    formatters(&json(figure), &mut found);
    for formatter in found {
        assert!(
            ALLOWED.contains(&formatter.as_str()),
            "formatter {formatter:?} is not a fixed template"
        );
    }
}

fn all_figures(data: &Dataset, lang: Lang) -> Vec<Figure> {
    let mut figures = vec![
        charts::tier_map(data, lang),
        charts::share_investments(data, lang),
        charts::capex_opex(data, lang),
        charts::growth(data, lang),
        charts::cases_per_domain(
            data,
            lang,
            &Selection::Operators(vec!["ntt".into(), "china-mobile".into()]),
        ),
        charts::cases_per_domain(
            data,
            lang,
            &Selection::Tiers(vec![TierId::Optimisation, TierId::Transformation]),
        ),
    ];
    for unit in charts::money_units(data) {
        figures.push(charts::money_investments(data, lang, &unit.zh));
    }
    figures
}

#[test]
fn every_operator_in_the_tiers_data_appears_on_the_map_once_in_its_tier() {
    let data = common::real_dataset();
    for lang in [Lang::Zh, Lang::En] {
        let option = json(&charts::tier_map(&data, lang));
        let mut seen = Vec::new();
        for (tier, serie) in data.tiers.iter().zip(series(&option)) {
            assert_eq!(serie["type"], "scatter");
            assert_eq!(serie["name"], tier.name.get(lang));
            let names: Vec<String> = serie["data"]
                .as_array()
                .expect("points")
                .iter()
                .map(|p| p["name"].as_str().expect("point name").to_string())
                .collect();
            let expected: Vec<String> = tier
                .operators
                .iter()
                .map(|id| {
                    data.operators
                        .iter()
                        .find(|op| op.id == *id)
                        .expect("tier operator is known")
                        .name
                        .get(lang)
                        .to_string()
                })
                .collect();
            assert_eq!(names, expected, "{:?}", tier.id);
            seen.extend(names);
        }
        let total: usize = data.tiers.iter().map(|t| t.operators.len()).sum();
        assert_eq!(seen.len(), total);
        assert_eq!(
            seen.iter().collect::<HashSet<_>>().len(),
            total,
            "no duplicates"
        );
    }
}

#[test]
fn map_places_each_tier_in_its_ordinal_block_without_overlap() {
    let data = common::real_dataset();
    let placements = charts::placements(&data);
    assert_eq!(
        placements.len(),
        data.tiers.iter().map(|t| t.operators.len()).sum::<usize>()
    );
    for p in &placements {
        let tier = data.tiers.iter().find(|t| t.id == p.tier).expect("tier");
        assert_eq!(p.rank, tier.rank);
        let low = f64::from(tier.rank) - 1.0;
        // Inside the tier's block on both axes: rank gives the position on both axes.
        assert!(p.x > low && p.x < low + 1.0, "{p:?}");
        assert!(p.y > low && p.y < low + 1.0, "{p:?}");
    }
    // Spread: no two operators share a point; within a tier they are visibly apart.
    for (i, a) in placements.iter().enumerate() {
        for b in &placements[i + 1..] {
            let distance = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
            assert!(distance >= 0.2, "{} and {} overlap", a.operator, b.operator);
        }
    }
    // Ranks are the report's ordinal order: optimisation < extension < transformation.
    let rank = |id: TierId| data.tiers.iter().find(|t| t.id == id).map(|t| t.rank);
    assert!(rank(TierId::Optimisation) < rank(TierId::Extension));
    assert!(rank(TierId::Extension) < rank(TierId::Transformation));

    // The table twin lists every operator with its ordinal (not the layout coordinates).
    let figure = charts::tier_map(&data, Lang::En);
    assert_eq!(figure.table.rows.len(), placements.len());
    for row in &figure.table.rows {
        assert!(["1", "2", "3"].contains(&row[2].as_str()), "{row:?}");
        assert_eq!(row[2], row[3]);
    }
    // The axes carry the report's two axis names and no numeric labels (not a score).
    let option = json(&figure);
    assert_eq!(option["xAxis"]["axisLabel"]["show"], false);
    assert_eq!(option["yAxis"]["axisLabel"]["show"], false);
    assert!(option["xAxis"]["name"]
        .as_str()
        .is_some_and(|n| n.contains("service capabilities")));
    assert!(option["yAxis"]["name"]
        .as_str()
        .is_some_and(|n| n.contains("infrastructure")));
    // Each tier's block is drawn as a mark area from (rank-1, rank-1) to (rank, rank).
    for serie in series(&option) {
        let area = &serie["markArea"]["data"][0];
        let from: f64 = area[0]["xAxis"].as_str().expect("x").parse().expect("num");
        let to: f64 = area[1]["yAxis"].as_str().expect("y").parse().expect("num");
        assert_eq!(to - from, 1.0);
    }
}

#[test]
fn money_chart_shows_only_stated_amounts_in_their_own_unit() {
    let data = common::real_dataset();
    let units = charts::money_units(&data);
    assert_eq!(
        units.len(),
        1,
        "the report states money in one unit: {units:?}"
    );
    assert_eq!(units[0].zh, "亿美元");
    for lang in [Lang::Zh, Lang::En] {
        let figure = charts::money_investments(&data, lang, "亿美元");
        let option = json(&figure);
        // The unit stays 亿美元 / ×100 million USD: never converted to billions or yuan.
        let unit = if lang == Lang::Zh {
            "亿美元"
        } else {
            "×100 million USD"
        };
        assert_eq!(option["xAxis"]["name"], unit);
        let s = series(&option);
        assert_eq!(s.len(), 1, "one series, nothing stacked or summed");
        assert!(s[0].get("stack").is_none());
        let values: Vec<f64> = numbers(&s[0]["data"]).into_iter().flatten().collect();
        assert_eq!(values, vec![500.0, 100.0, 200.0, 1.4, 1.0, 2.0]);
        // No value that is a sum of stated ones (500 + 100 + 200, 1 + 2 …).
        assert!(!values.contains(&800.0) && !values.contains(&3.0));
        // Shares (SKT 12 → 33) and growth (LG U+ 30–40%) are not money.
        assert!(!values.contains(&33.0) && !values.contains(&12.0));
        let categories = option["yAxis"]["data"].as_array().expect("categories");
        assert_eq!(categories.len(), values.len());
        // The qualifier stays with the number: 约…多, 至少, 超过.
        let first = categories[0].as_str().expect("label");
        if lang == Lang::Zh {
            assert_eq!(first, "NTT: 约500多亿美元");
        } else {
            assert_eq!(first, "NTT: approximately 500-plus ×100 million USD");
        }
        assert_eq!(figure.table.rows.len(), values.len());
        for (row, value) in figure.table.rows.iter().zip(&values) {
            assert_eq!(row[2].parse::<f64>().expect("charted value"), *value);
            assert!(row[3].contains(unit) && row[3].contains("USD"), "{row:?}");
        }
    }
}

#[test]
fn skt_share_is_charted_as_a_share_not_money() {
    let data = common::real_dataset();
    let figure = charts::share_investments(&data, Lang::En);
    let option = json(&figure);
    assert_eq!(option["xAxis"]["name"], "%");
    assert_eq!(option["xAxis"]["max"], 100.0);
    let s = series(&option);
    assert_eq!(s.len(), 1);
    let values: Vec<f64> = numbers(&s[0]["data"]).into_iter().flatten().collect();
    assert_eq!(values, vec![12.0, 33.0]);
    let categories: Vec<&str> = option["yAxis"]["data"]
        .as_array()
        .expect("categories")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(
        categories,
        vec![
            "SKT (SK Telecom) · the past five years",
            "SKT (SK Telecom) · over the next five years"
        ]
    );
    // The growth rate of LG U+ is neither money nor a share: listed, not charted.
    let uncharted = charts::uncharted_investments(&data);
    assert_eq!(uncharted.len(), 1);
    assert_eq!(uncharted[0].investment.amount.range, Some([30.0, 40.0]));
}

#[test]
fn cases_per_domain_counts_cases_and_leaves_not_stated_empty() {
    let data = common::real_dataset();
    let selection = Selection::Operators(vec![
        "china-mobile".into(),
        "ntt".into(),
        "china-unicom".into(),
    ]);
    for lang in [Lang::Zh, Lang::En] {
        let figure = charts::cases_per_domain(&data, lang, &selection);
        let option = json(&figure);
        let categories = option["xAxis"]["data"].as_array().expect("domains");
        assert_eq!(categories.len(), Domain::ALL.len());
        let s = series(&option);
        assert_eq!(s.len(), 3);
        // China Mobile, counted directly from cases.json through organisations[].operator.
        let orgs: HashSet<&str> = data
            .organisations
            .iter()
            .filter(|o| o.operator.as_deref() == Some("china-mobile"))
            .map(|o| o.id.as_str())
            .collect();
        let expected: Vec<Option<f64>> = Domain::ALL
            .iter()
            .map(|d| {
                Some(
                    data.cases
                        .iter()
                        .filter(|c| {
                            c.domain == *d
                                && c.organisations.iter().any(|o| orgs.contains(o.as_str()))
                        })
                        .count() as f64,
                )
            })
            .collect();
        assert_eq!(numbers(&s[0]["data"]), expected);
        // China Mobile's one enterprise-LLM box is four applications, hence four records.
        assert_eq!(expected.iter().flatten().sum::<f64>(), 22.0);
        // NTT has no chapter 四 case: empty ("-"), not zero.
        assert_eq!(numbers(&s[1]["data"]), vec![None; 5]);
        assert_eq!(s[1]["data"][0], "-");
        // China Unicom has cases, and none in business: that is a real zero.
        assert_eq!(numbers(&s[2]["data"])[1], Some(0.0));
        // The table twin shows the same numbers, and "not stated" where the chart is empty.
        let not_stated = lang.t(Ui::NotStated);
        for (d, row) in figure.table.rows.iter().enumerate() {
            for (col, serie) in s.iter().enumerate() {
                match numbers(&serie["data"])[d] {
                    Some(n) => assert_eq!(row[col + 1], (n as usize).to_string()),
                    None => assert_eq!(row[col + 1], not_stated),
                }
            }
        }
    }
}

#[test]
fn overview_charts_show_the_stated_ratios_and_growth_rates() {
    let data = common::real_dataset();
    let capex = json(&charts::capex_opex(&data, Lang::Zh));
    let s = series(&capex);
    assert_eq!(s.len(), 2, "CAPEX and OPEX are separate series");
    let capex_values = numbers(&s[0]["data"]);
    let opex_values = numbers(&s[1]["data"]);
    // Global Top 10, China Telecom, China Mobile, China Unicom.
    assert_eq!(capex_values, vec![Some(15.0), None, None, None]);
    assert_eq!(
        opex_values,
        vec![Some(85.0), Some(93.0), Some(87.0), Some(96.0)]
    );
    let growth = json(&charts::growth(&data, Lang::Zh));
    let values = numbers(&series(&growth)[0]["data"]);
    assert_eq!(values, vec![Some(3.86), Some(7.3)]);
    let periods: Vec<&str> = growth["xAxis"]["data"]
        .as_array()
        .expect("periods")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(periods, vec!["“十三五”期间", "“十四五”以来"]);
}

#[test]
fn no_formatter_is_built_from_data() {
    let data = common::real_dataset();
    for lang in [Lang::Zh, Lang::En] {
        for figure in all_figures(&data, lang) {
            assert_fixed_formatters(&figure);
        }
    }
    // Even with markup in the data, the option carries it only as plain names.
    let mut hostile = common::real_dataset();
    for op in &mut hostile.operators {
        op.name.en = format!("<img src=x onerror=alert(1)>{}", op.name.en);
    }
    for figure in all_figures(&hostile, Lang::En) {
        assert_fixed_formatters(&figure);
    }
}

#[test]
fn every_chart_has_a_table_twin_with_matching_columns() {
    let data = common::real_dataset();
    for lang in [Lang::Zh, Lang::En] {
        for figure in all_figures(&data, lang) {
            assert!(!figure.table.columns.is_empty());
            assert!(!figure.table.rows.is_empty());
            let widths: BTreeSet<usize> = figure.table.rows.iter().map(Vec::len).collect();
            assert_eq!(
                widths.into_iter().collect::<Vec<_>>(),
                vec![figure.table.columns.len()]
            );
        }
    }
}
