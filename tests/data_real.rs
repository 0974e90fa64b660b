//! The real `data/` loads, passes validation, is complete, and says what the report says.

mod common;

use std::collections::HashSet;

use bluebook::domain::amount::number;
use bluebook::domain::validate::{cites, metrics};
use serde_json::Value;

#[test]
fn real_data_passes_validation_with_expected_counts() {
    let data = common::real_dataset();
    assert_eq!(data.tiers.len(), 3);
    assert!(
        data.operators.len() >= 10,
        "operators: {}",
        data.operators.len()
    );
    assert_eq!(data.measures.len(), 5);
    assert!(data.cases.len() >= 35, "cases: {}", data.cases.len());
    assert_eq!(data.challenges.len(), 8);
    assert_eq!(data.recommendations.len(), 8);
    assert!(!data.indicators.is_empty());
    assert!(!data.terms.is_empty());
}

#[test]
fn every_tier_operator_is_a_known_operator_with_that_tier() {
    let data = common::real_dataset();
    for tier in &data.tiers {
        for id in &tier.operators {
            let op = data.operators.iter().find(|op| &op.id == id);
            let op = op.unwrap_or_else(|| panic!("tier {:?} lists unknown {id}", tier.id));
            assert_eq!(op.tier, Some(tier.id), "{id}");
        }
    }
    let expected = [
        "att",
        "verizon",
        "telefonica",
        "vodafone",
        "china-telecom",
        "china-mobile",
        "china-unicom",
        "skt",
        "ntt",
        "lg-uplus",
        "softbank",
    ];
    for id in expected {
        assert!(
            data.operators.iter().any(|op| op.id == id),
            "missing operator {id}"
        );
    }
}

#[test]
fn every_record_has_a_page_and_a_section() {
    let data = common::real_dataset();
    let sections: HashSet<&str> = data.sections.iter().map(|s| s.id.as_str()).collect();
    let page_count = data.edition.as_ref().map(|e| e.page_count).unwrap_or(0);
    assert_eq!(page_count, 53);
    let all = cites(&data);
    assert!(all.len() > 150, "only {} citations", all.len());
    for (place, field, cite) in all {
        assert!(
            (1..=page_count).contains(&cite.page),
            "{}:{} {field}: page {}",
            place.file,
            place.record,
            cite.page
        );
        assert!(
            sections.contains(cite.section.as_str()),
            "{}:{} {field}",
            place.file,
            place.record
        );
    }
}

/// Walks the raw JSON: every object with `zh` has a non-empty `en` twin, and vice versa.
fn assert_bilingual(file: &str, path: &str, value: &Value) {
    match value {
        Value::Object(map) if map.contains_key("zh") || map.contains_key("en") => {
            for lang in ["zh", "en"] {
                let text = map.get(lang).and_then(Value::as_str).unwrap_or("");
                assert!(!text.trim().is_empty(), "{file} {path}: empty {lang}");
            }
        }
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| assert_bilingual(file, &format!("{path}.{k}"), v)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| assert_bilingual(file, &format!("{path}[{i}]"), v)),
        _ => {}
    }
}

#[test]
fn every_zh_text_has_an_en_twin() {
    let mut texts = 0;
    for (file, text) in common::real_files() {
        let value: Value = serde_json::from_str(&text).expect("valid JSON");
        assert_bilingual(file, "", &value);
        texts += text.matches("\"zh\"").count();
    }
    assert!(texts > 500, "only {texts} texts");
}

#[test]
fn every_quote_and_metric_wording_is_in_the_report() {
    let source = common::source::normalised(true);
    let data = common::real_dataset();
    let mut missing = Vec::new();
    let mut checked = 0;
    for (place, field, cite) in cites(&data) {
        if let Some(quote) = &cite.quote {
            checked += 1;
            if !common::source::says(&source, quote) {
                missing.push(format!(
                    "{}:{} {field}.quote: {quote}",
                    place.file, place.record
                ));
            }
        }
    }
    for (place, field, metric) in metrics(&data) {
        checked += 1;
        if !common::source::says(&source, &metric.wording) {
            missing.push(format!(
                "{}:{} {field}.wording: {}",
                place.file, place.record, metric.wording
            ));
        }
    }
    assert!(checked > 150, "only {checked} quotes checked");
    assert!(
        missing.is_empty(),
        "not found in the report:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_metric_number_appears_in_its_own_wording() {
    let data = common::real_dataset();
    let mut wrong = Vec::new();
    for (place, field, metric) in metrics(&data) {
        let wording: String = metric
            .wording
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if !wording.chars().any(|c| c.is_ascii_digit()) {
            continue; // figures written in Chinese numerals (百亿, 上万) are checked by hand
        }
        let numbers = metric
            .value
            .into_iter()
            .chain(metric.from)
            .chain(metric.range.into_iter().flatten());
        for n in numbers {
            if !wording.contains(&number(n)) {
                wrong.push(format!(
                    "{}:{} {field}: {} not in '{}'",
                    place.file,
                    place.record,
                    number(n),
                    metric.wording
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "numbers not in their wording:\n{}",
        wrong.join("\n")
    );
}

/// True when the quote's opening letters begin on page `page` (DATA.md: a record's page is
/// the page where it begins).
fn quote_begins_on_page(pages: &[String], page: usize, opening: &str) -> bool {
    let Some(text) = page.checked_sub(1).and_then(|index| pages.get(index)) else {
        return false;
    };
    let full: String = pages[page - 1..].concat();
    full.match_indices(opening)
        .any(|(start, _)| start < text.len())
}

#[test]
fn every_quote_begins_on_its_cited_page() {
    let pages = common::source::pages();
    assert_eq!(pages.iter().filter(|p| !p.is_empty()).count(), 53);
    let data = common::real_dataset();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for (place, field, cite) in cites(&data) {
        let Some(quote) = &cite.quote else { continue };
        // Placed by letters alone, so a quote that begins with “ or holds a marker matches.
        let quote: String = quote.chars().filter(common::source::is_letter).collect();
        let opening: String = quote.chars().take(8).collect();
        if opening.chars().count() < 6 {
            continue; // too short to place on a page reliably
        }
        checked += 1;
        if !quote_begins_on_page(&pages, cite.page as usize, &opening) {
            wrong.push(format!(
                "{}:{} {field}: cited p.{} but the quote '{opening}…' is not there",
                place.file, place.record, cite.page
            ));
        }
    }
    assert!(checked > 100, "only {checked} quotes placed");
    assert!(
        wrong.is_empty(),
        "quotes not on their cited page:\n{}",
        wrong.join("\n")
    );
}
