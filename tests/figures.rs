//! The one figure formatter over every stated figure in `data/`, and repeated figures
//! counted once.

mod common;

use bluebook::domain::amount::{figure_text, number};
use bluebook::domain::figures::{counted_outcomes, same_figure};
use bluebook::domain::outcomes::outcome_groups;
use bluebook::domain::validate::metrics;
use bluebook::i18n::Lang;

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || "零一二两三四五六七八九十百千".contains(c)
}

/// (qualifier stands before the unit, qualifier stands right after a number) in `text`.
fn sides(text: &str, qualifier: &str, unit: &str) -> Option<(bool, bool)> {
    let at = text.find(qualifier)?;
    let after_number = text[..at].chars().next_back().is_some_and(is_numeral);
    // The unit occurrence nearest the qualifier.
    let unit_at = text
        .match_indices(unit)
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(at));
    let before_unit = unit_at.is_none_or(|u| at < u);
    Some((before_unit, after_number))
}

#[test]
fn a_zh_qualifier_stands_where_the_wording_puts_it() {
    let data = common::real_dataset();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for (place, field, metric) in metrics(&data) {
        let Some(qualifier) = &metric.qualifier else {
            continue;
        };
        let shown = squeeze(&figure_text(metric, Lang::Zh));
        let (wording, unit) = (squeeze(&metric.wording), squeeze(&metric.unit.zh));
        let pieces: Vec<&str> = qualifier.zh.split('…').filter(|p| !p.is_empty()).collect();
        for piece in pieces {
            checked += 1;
            let (Some(said), Some(ours)) =
                (sides(&wording, piece, &unit), sides(&shown, piece, &unit))
            else {
                wrong.push(format!(
                    "{}:{} {field}: '{piece}' not in '{wording}' or '{shown}'",
                    place.file, place.record
                ));
                continue;
            };
            if said != ours {
                wrong.push(format!(
                    "{}:{} {field}: '{shown}' against '{wording}'",
                    place.file, place.record
                ));
            }
        }
        let digits = metric
            .value
            .or(metric.range.map(|[low, _]| low))
            .map(number);
        assert!(digits.is_some_and(|d| shown.contains(&d)), "{shown}");
    }
    assert!(checked > 40, "only {checked} qualifiers");
    assert!(
        wrong.is_empty(),
        "qualifiers misplaced:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn an_en_qualifier_stands_where_english_puts_it() {
    let data = common::real_dataset();
    let mut wrong = Vec::new();
    for (place, field, metric) in metrics(&data) {
        let Some(qualifier) = &metric.qualifier else {
            continue;
        };
        if qualifier.en.contains('…') {
            continue; // wraps the number, checked in the unit tests
        }
        let shown = figure_text(metric, Lang::En);
        let figure = number(
            metric
                .value
                .or(metric.range.map(|[_, high]| high))
                .unwrap_or_default(),
        );
        let unit = &metric.unit.en;
        let expected_ok = if qualifier.en.starts_with("or ") {
            shown.ends_with(&format!("{unit} {}", qualifier.en))
        } else if qualifier.en == "plus" {
            shown.contains(&format!("{figure}-plus"))
        } else {
            shown.starts_with(&format!("{} ", qualifier.en)) && shown.ends_with(unit.as_str())
        };
        if !expected_ok {
            wrong.push(format!(
                "{}:{} {field}: '{shown}'",
                place.file, place.record
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "qualifiers misplaced:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn six_hundred_odd_is_600_odd_never_600_units_odd() {
    let data = common::real_dataset();
    let (_, _, metric) = metrics(&data)
        .into_iter()
        .find(|(_, _, m)| m.wording.contains("六百多家"))
        .expect("the report's 赋能六百多家 is in data/");
    assert!(figure_text(metric, Lang::Zh).starts_with("600多家"));
}

#[test]
fn cases_that_share_figures_are_linked_and_counted_once() {
    let data = common::real_dataset();
    // Two cases stating two or more of the same figures (not mere percentages) must be linked.
    for (i, a) in data.cases.iter().enumerate() {
        for b in &data.cases[i + 1..] {
            let shared = a
                .outcomes
                .iter()
                .filter(|m| m.unit.zh != "%" && b.outcomes.iter().any(|n| same_figure(m, n)))
                .count();
            if shared >= 2 {
                let linked = b.repeats.as_deref() == Some(a.id.as_str())
                    || a.repeats.as_deref() == Some(b.id.as_str());
                assert!(
                    linked,
                    "{} and {} share {shared} figures but are not linked by `repeats`",
                    a.id, b.id
                );
            }
        }
    }
    let first = data
        .cases
        .iter()
        .position(|c| c.id == "china-mobile-data-network-datasets")
        .expect("case");
    let repeat = data
        .cases
        .iter()
        .position(|c| c.id == "china-mobile-high-quality-data-supply")
        .expect("case");
    assert_eq!(
        data.cases[repeat].repeats.as_deref(),
        Some("china-mobile-data-network-datasets")
    );
    let counted = counted_outcomes(&data, &data.cases[repeat]);
    assert!(counted
        .iter()
        .all(|m| !m.wording.contains("2000PB") && !m.wording.contains("5万亿")));
    // In a chart of both cases, 2000 PB is one figure.
    let petabytes_2000 = [first, repeat]
        .iter()
        .flat_map(|&i| counted_outcomes(&data, &data.cases[i]))
        .filter(|m| m.unit.zh == "PB" && m.value == Some(2000.0))
        .count();
    assert_eq!(petabytes_2000, 1);
    let pb_figures = |cases: &[usize]| {
        outcome_groups(&data, cases)
            .into_iter()
            .find(|g| g.unit.zh == "PB")
            .map_or(0, |g| g.figures)
    };
    assert_eq!(
        pb_figures(&[first, repeat]),
        pb_figures(&[first]) + pb_figures(&[repeat])
    );
}
