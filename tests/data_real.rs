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

/// The report's lines as body text: footnote definitions and lone footnote markers are
/// dropped, so quotes spanning lines and pages can be found. Yields (line index, text).
fn body_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let is_footnote = |line: &str| {
        let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
        rest.len() < line.len()
            && ["资料来源", "数据来源", "参考来源", "备注", "参考资料"]
                .iter()
                .any(|prefix| rest.trim_start().starts_with(prefix))
    };
    text.lines().enumerate().filter(move |(_, line)| {
        let line = line.trim();
        !line.chars().all(|c| c.is_ascii_digit()) && !is_footnote(line)
    })
}

/// The report's body text with line breaks and spaces removed.
fn normalised_source() -> String {
    let text = common::read(&common::source_path());
    body_lines(&text)
        .map(|(_, line)| line.trim())
        .collect::<String>()
        .replace(' ', "")
}

/// Quotes drop footnote markers ("7.30%4" → "7.30%"), so compare with digits that
/// follow a non-digit at a line end removed as well: we simply check with and without spaces.
fn found_in(source: &str, quote: &str) -> bool {
    let quote: String = quote.chars().filter(|c| !c.is_whitespace()).collect();
    if source.contains(&quote) {
        return true;
    }
    // A footnote marker may sit inside the quoted span: accept the quote when every
    // piece between digits-runs of the source is present in order.
    quote
        .split(['，', '。', '；'])
        .filter(|piece| piece.chars().count() >= 4)
        .all(|piece| source.contains(piece) || loosely_contains(source, piece))
}

/// True when `piece` appears in `source` after removing footnote digits from `source`
/// around the match (a footnote number glued to the text it annotates).
fn loosely_contains(source: &str, piece: &str) -> bool {
    let head: String = piece.chars().take(4).collect();
    source.match_indices(&head).any(|(start, _)| {
        let mut rest = source[start..].chars().peekable();
        let mut wanted = piece.chars().peekable();
        while let Some(&want) = wanted.peek() {
            match rest.next() {
                Some(got) if got == want => {
                    wanted.next();
                }
                Some(got) if got.is_ascii_digit() => {}
                _ => return false,
            }
        }
        true
    })
}

#[test]
fn every_quote_and_metric_wording_is_in_the_report() {
    let source = normalised_source();
    let data = common::real_dataset();
    let mut missing = Vec::new();
    let mut checked = 0;
    for (place, field, cite) in cites(&data) {
        if let Some(quote) = &cite.quote {
            checked += 1;
            if !found_in(&source, quote) {
                missing.push(format!(
                    "{}:{} {field}.quote: {quote}",
                    place.file, place.record
                ));
            }
        }
    }
    for (place, field, metric) in metrics(&data) {
        checked += 1;
        if !found_in(&source, &metric.wording) {
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

/// Letters only: no white space, digits (footnote markers) or punctuation.
fn is_letter(c: &char) -> bool {
    c.is_alphabetic()
}

/// The report's pages by the README's convention: line 1 is page 1, and each later line
/// that begins with a single space starts the next page. Each page is body text, letters only.
fn source_pages() -> Vec<String> {
    let text = common::read(&common::source_path());
    let starts: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(index, line)| *index > 0 && line.starts_with(' ') && !line.starts_with("  "))
        .map(|(index, _)| index)
        .collect();
    let mut pages = vec![String::new(); starts.len() + 1];
    for (index, line) in body_lines(&text) {
        let page = starts.partition_point(|start| *start <= index);
        pages[page].extend(line.chars().filter(is_letter));
    }
    pages
}

/// True when the quote, found by its opening letters, covers part of page `page` or the
/// page after it (a record is cited where it begins; its figures may run on).
fn quote_touches_page(pages: &[String], page: usize, opening: &str, length: usize) -> bool {
    let full: Vec<char> = pages.concat().chars().collect();
    let mut bounds = vec![0];
    for text in pages {
        bounds.push(bounds.last().copied().unwrap_or(0) + text.chars().count());
    }
    let (Some(&page_start), Some(&page_end)) = (bounds.get(page - 1), bounds.get(page + 1)) else {
        return false;
    };
    let opening: Vec<char> = opening.chars().collect();
    full.windows(opening.len())
        .enumerate()
        .filter(|(_, window)| *window == opening.as_slice())
        .any(|(start, _)| start < page_end && start + length > page_start)
}

#[test]
fn every_quote_stands_on_its_cited_page() {
    let pages = source_pages();
    assert_eq!(pages.iter().filter(|p| !p.is_empty()).count(), 53);
    let data = common::real_dataset();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for (place, field, cite) in cites(&data) {
        let Some(quote) = &cite.quote else { continue };
        // Placed by letters alone, so a quote that begins with “ or holds a marker matches.
        let quote: String = quote.chars().filter(is_letter).collect();
        let opening: String = quote.chars().take(8).collect();
        if opening.chars().count() < 6 {
            continue; // too short to place on a page reliably
        }
        checked += 1;
        if !quote_touches_page(&pages, cite.page as usize, &opening, quote.chars().count()) {
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
