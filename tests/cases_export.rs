//! CSV and JSON export of an explorer result: BOM, escaping of commas, quotes, newlines
//! and Chinese, and exactly the rows asked for in their order.

mod common;

use bluebook::domain::export::{cases_csv, cases_json, BOM, CSV_COLUMNS};
use bluebook::domain::query::{CaseIndex, CaseQuery};

fn read_csv(text: &str) -> Vec<Vec<String>> {
    let body = text.strip_prefix(BOM).expect("starts with a BOM");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes());
    reader
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn csv_escapes_commas_quotes_newlines_and_keeps_chinese() {
    let mut data = common::real_dataset();
    let nasty_title = "逗号, \"引号\" and\nnewline，中文标点“谛听”";
    let nasty_summary = "line one\r\nline two, with \"quotes\"";
    data.cases[0].title.zh = nasty_title.to_string();
    data.cases[0].summary.en = nasty_summary.to_string();
    let csv_text = cases_csv(&data, &[0, 1], "").expect("csv");
    assert!(csv_text.starts_with('\u{FEFF}'));
    assert!(
        csv_text.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]),
        "UTF-8 BOM bytes"
    );
    // Quoted and doubled as RFC 4180 wants.
    assert!(csv_text.contains("\"逗号, \"\"引号\"\" and\nnewline，中文标点“谛听”\""));
    let rows = read_csv(&csv_text);
    assert_eq!(rows.len(), 3, "header and two rows");
    assert_eq!(rows[0], CSV_COLUMNS);
    let title_zh = CSV_COLUMNS
        .iter()
        .position(|c| *c == "title_zh")
        .expect("column");
    let summary_en = CSV_COLUMNS
        .iter()
        .position(|c| *c == "summary_en")
        .expect("column");
    assert_eq!(rows[1][title_zh], nasty_title);
    assert_eq!(rows[1][summary_en], nasty_summary);
    assert_eq!(rows[1][0], data.cases[0].id);
    assert_eq!(rows[2][0], data.cases[1].id);
    assert!(rows.iter().all(|r| r.len() == CSV_COLUMNS.len()));
}

#[test]
fn csv_holds_exactly_the_result_rows_in_order() {
    let data = common::real_dataset();
    let index = CaseIndex::new(&data);
    let (query, _) = CaseQuery::parse_str("domain=marketing,management&sort=outcome", &index.vocab);
    let result = index.run(&query);
    let rows = read_csv(&cases_csv(&data, &result.cases, "").expect("csv"));
    let ids: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    let want: Vec<&str> = result
        .cases
        .iter()
        .map(|&i| data.cases[i].id.as_str())
        .collect();
    assert_eq!(ids, want);
    // Outcomes keep the report's own wording, one per line.
    let outcomes = CSV_COLUMNS
        .iter()
        .position(|c| *c == "outcomes_zh")
        .expect("column");
    let diting = rows
        .iter()
        .find(|r| r[0] == "diting-customer-service-agent")
        .expect("diting");
    assert_eq!(
        diting[outcomes],
        "平均每轮通话减少 30%信息梳理确认环节\n每轮万号通话时长减少 40%"
    );
    let ops = CSV_COLUMNS
        .iter()
        .position(|c| *c == "operators")
        .expect("column");
    assert_eq!(diting[ops], "china-telecom");
    // An empty result is just the header.
    assert_eq!(read_csv(&cases_csv(&data, &[], "").expect("csv")).len(), 1);
}

#[test]
fn a_citation_heads_the_csv_as_one_comment_line() {
    let data = common::real_dataset();
    let text = cases_csv(
        &data,
        &[0],
        "中国信息通信研究院, 等. 报告[R].\nhttps://x.example/cases",
    )
    .expect("csv");
    let mut lines = text.trim_start_matches(BOM).lines();
    assert_eq!(
        lines.next(),
        Some("# 中国信息通信研究院, 等. 报告[R]. https://x.example/cases")
    );
    assert!(lines.next().is_some_and(|header| header.starts_with("id,")));
}

#[test]
fn json_holds_the_cases_as_in_the_data_and_the_query() {
    let data = common::real_dataset();
    let json = cases_json(&data, &[2, 0], "domain=network", "CITATION p. 3").expect("json");
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["count"], 2);
    assert_eq!(value["query"], "domain=network");
    assert_eq!(value["citation"], "CITATION p. 3");
    assert_eq!(value["cases"][0]["id"], data.cases[2].id.as_str());
    let back: bluebook::domain::Case =
        serde_json::from_value(value["cases"][1].clone()).expect("a case as in cases.json");
    assert_eq!(back, data.cases[0]);
}
