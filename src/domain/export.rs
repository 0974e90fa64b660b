//! The current explorer result as CSV (UTF-8 with BOM, so Excel shows Chinese) and JSON.

use super::citation::csv_comment;
use std::collections::HashMap;

use serde::Serialize;

use super::model::{Case, Dataset, SCHEMA_VERSION};

/// The byte-order mark Excel needs to read the CSV as UTF-8.
pub const BOM: &str = "\u{FEFF}";

pub const CSV_COLUMNS: [&str; 17] = [
    "id",
    "title_zh",
    "title_en",
    "boxed",
    "domain",
    "subdomain",
    "market",
    "organisations",
    "organisations_zh",
    "organisations_en",
    "operators",
    "technologies",
    "summary_zh",
    "summary_en",
    "outcomes_zh",
    "section",
    "page",
];

fn cases_at<'a>(data: &'a Dataset, rows: &'a [usize]) -> impl Iterator<Item = &'a Case> + 'a {
    rows.iter().filter_map(|&i| data.cases.get(i))
}

/// One row per case in `rows` (indices into `data.cases`), in that order. Multi-valued
/// cells join with "; "; outcomes keep the report's own wording, one per line. A non-empty
/// `citation` comes first, as a `# …` comment line.
pub fn cases_csv(data: &Dataset, rows: &[usize], citation: &str) -> Result<String, String> {
    let orgs: HashMap<&str, &super::model::Organisation> = data
        .organisations
        .iter()
        .map(|org| (org.id.as_str(), org))
        .collect();
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer
        .write_record(CSV_COLUMNS)
        .map_err(|err| err.to_string())?;
    for case in cases_at(data, rows) {
        let names = |zh: bool| {
            case.organisations
                .iter()
                .map(|id| match orgs.get(id.as_str()) {
                    Some(org) if zh => org.name.zh.clone(),
                    Some(org) => org.name.en.clone(),
                    None => id.to_string(),
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        let mut operators: Vec<&str> = Vec::new();
        for id in &case.organisations {
            if let Some(op) = orgs.get(id.as_str()).and_then(|o| o.operator.as_deref()) {
                if !operators.contains(&op) {
                    operators.push(op);
                }
            }
        }
        let outcomes: Vec<&str> = case.outcomes.iter().map(|m| m.wording.as_str()).collect();
        let record = [
            case.id.to_string(),
            case.title.zh.clone(),
            case.title.en.clone(),
            case.boxed.to_string(),
            case.domain.key().to_string(),
            case.subdomain.key().to_string(),
            case.market.map(|m| m.key().to_string()).unwrap_or_default(),
            case.organisations
                .iter()
                .map(|id| id.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            names(true),
            names(false),
            operators.join("; "),
            case.technologies.join("; "),
            case.summary.zh.clone(),
            case.summary.en.clone(),
            outcomes.join("\n"),
            case.cite.section.to_string(),
            case.cite.page.to_string(),
        ];
        writer
            .write_record(&record)
            .map_err(|err| err.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|err| err.to_string())?;
    let body = String::from_utf8(bytes).map_err(|err| err.to_string())?;
    let comment = if citation.is_empty() {
        String::new()
    } else {
        format!("{}\r\n", csv_comment(citation))
    };
    Ok(format!("{BOM}{comment}{body}"))
}

#[derive(Serialize)]
struct JsonExport<'a> {
    schema_version: u32,
    /// How to cite what was exported: the report, with the view's permalink.
    citation: &'a str,
    /// The explorer query that produced this result (URL parameters).
    query: &'a str,
    count: usize,
    cases: Vec<&'a Case>,
}

/// The result as JSON: the cases exactly as in `data/cases.json`, with the query.
pub fn cases_json(
    data: &Dataset,
    rows: &[usize],
    query: &str,
    citation: &str,
) -> Result<String, String> {
    let cases: Vec<&Case> = cases_at(data, rows).collect();
    let export = JsonExport {
        schema_version: SCHEMA_VERSION,
        citation,
        query,
        count: cases.len(),
        cases,
    };
    serde_json::to_string_pretty(&export).map_err(|err| err.to_string())
}
