//! Each bad-input fixture yields its own specific error naming file, record and field,
//! never a panic; and the data checker exits non-zero on it.

mod common;

use std::path::Path;
use std::process::Command;

use bluebook::domain::DataError;

/// (fixture folder, record, field, words the reason must contain)
const CASES: [(&str, &str, &str, &str); 15] = [
    // Malformed JSON inside a record names the record and the field before the fault.
    (
        "malformed-json",
        "fixture-indicator",
        "group",
        "malformed JSON at line 6, column 25",
    ),
    (
        "lone-surrogate",
        "fixture-indicator",
        "subject.en",
        "unexpected end of hex escape",
    ),
    (
        "deep-nesting",
        "fixture-indicator",
        "subject[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]…",
        "recursion limit exceeded",
    ),
    (
        "duplicate-key",
        "fixture-indicator",
        "period.en",
        "duplicate key `en`",
    ),
    (
        "null-field",
        "fixture-indicator",
        "operator",
        "null is not allowed",
    ),
    (
        "text-as-array",
        "fixture-indicator",
        "period",
        "invalid type: sequence, expected struct Text",
    ),
    (
        "missing-field",
        "fixture-indicator",
        "subject",
        "missing field `subject`",
    ),
    (
        "unknown-field",
        "fixture-indicator",
        "colour",
        "unknown field `colour`",
    ),
    (
        "duplicate-id",
        "fixture-indicator",
        "id",
        "duplicate id 'fixture-indicator'",
    ),
    (
        "unknown-reference",
        "fixture-indicator",
        "operator",
        "unknown operator 'acme-telecom'",
    ),
    (
        "bad-enum",
        "fixture-indicator",
        "group",
        "unknown variant `weather`",
    ),
    (
        "empty-text",
        "fixture-indicator",
        "subject.en",
        "empty en text",
    ),
    (
        "non-finite",
        "fixture-indicator",
        "metric.value",
        "non-finite number",
    ),
    (
        "reversed-range",
        "fixture-indicator",
        "metric.range",
        "reversed range: low 40 is above high 30",
    ),
    (
        "page-outside",
        "fixture-indicator",
        "cite.page",
        "page 999 is outside the report (1–53)",
    ),
];

/// Fixtures stand in for indicators.json, which no other file references.
const FIXTURE_FILE: &str = "indicators.json";

fn fixture(kind: &str) -> String {
    common::read(
        &common::root()
            .join("tests/fixtures/bad")
            .join(kind)
            .join(FIXTURE_FILE),
    )
}

fn errors_for(kind: &str) -> Vec<DataError> {
    let text = fixture(kind);
    match common::load_with(Some((FIXTURE_FILE, &text))) {
        Ok(_) => panic!("fixture {kind} passed validation"),
        Err(errors) => errors,
    }
}

#[test]
fn the_good_fixture_passes() {
    let text = common::read(&common::root().join("tests/fixtures/good/indicators.json"));
    let result = common::load_with(Some((FIXTURE_FILE, &text)));
    assert!(result.is_ok(), "{:?}", result.err());
}

#[test]
fn each_bad_fixture_yields_its_specific_error() {
    for (kind, record, field, reason) in CASES {
        let errors = errors_for(kind);
        assert_eq!(
            errors.len(),
            1,
            "{kind}: expected exactly one error, got {errors:#?}"
        );
        let error = &errors[0];
        assert_eq!(error.file, FIXTURE_FILE, "{kind}");
        assert_eq!(error.record, record, "{kind}");
        assert_eq!(error.field, field, "{kind}");
        assert!(error.reason.contains(reason), "{kind}: {}", error.reason);
        let shown = error.to_string();
        assert!(
            shown.contains(FIXTURE_FILE) && shown.contains(field),
            "{kind}: {shown}"
        );
    }
}

#[test]
fn several_problems_are_reported_at_once() {
    let text = fixture("reversed-range").replace("\"page\": 4", "\"page\": 0");
    let errors = common::load_with(Some((FIXTURE_FILE, &text)))
        .err()
        .unwrap_or_default();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert!(
        fields.contains(&"metric.range") && fields.contains(&"cite.page"),
        "{fields:?}"
    );
}

fn copy_data_with(dir: &Path, kind: &str) {
    std::fs::create_dir_all(dir).expect("temp dir");
    for (file, text) in common::real_files() {
        std::fs::write(dir.join(file), text).expect("write data copy");
    }
    std::fs::write(dir.join(FIXTURE_FILE), fixture(kind)).expect("write fixture");
}

#[test]
fn the_checker_prints_the_error_and_exits_non_zero() {
    let base = std::env::temp_dir().join(format!("datacheck-{}", std::process::id()));
    for (kind, record, field, reason) in CASES {
        let dir = base.join(kind);
        copy_data_with(&dir, kind);
        let output = Command::new(env!("CARGO_BIN_EXE_datacheck"))
            .args(["check", dir.to_str().unwrap_or_default()])
            .output()
            .expect("run datacheck");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !output.status.success(),
            "{kind}: exit status {}",
            output.status
        );
        let line = format!("{FIXTURE_FILE}: record {record}, field {field}: ");
        assert!(
            stderr.contains(&line) && stderr.contains(reason),
            "{kind}: {stderr}"
        );
    }
    let output = Command::new(env!("CARGO_BIN_EXE_datacheck"))
        .args([
            "check",
            common::root().join("data").to_str().unwrap_or_default(),
        ])
        .output()
        .expect("run datacheck");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let _ = std::fs::remove_dir_all(base);
}

#[test]
fn a_missing_file_is_named_by_the_checker() {
    let dir = std::env::temp_dir().join(format!("datacheck-missing-{}", std::process::id()));
    copy_data_with(&dir, "duplicate-id");
    std::fs::remove_file(dir.join("glossary.json")).expect("remove");
    let output = Command::new(env!("CARGO_BIN_EXE_datacheck"))
        .args(["check", dir.to_str().unwrap_or_default()])
        .output()
        .expect("run datacheck");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("glossary.json: record -, field -: cannot read"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(dir);
}
