//! Cross-record checks on a parsed [`Dataset`]: ids, references, metrics and pages.

use std::collections::HashSet;

use super::error::DataError;
use super::model::{Cite, Dataset, Metric};

/// Where a nested item stands: file, record id and field path.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub file: &'static str,
    pub record: &'a str,
}

impl Place<'_> {
    fn error(&self, field: impl Into<String>, reason: impl Into<String>) -> DataError {
        DataError::new(self.file, self.record, field, reason)
    }
}

/// Every citation in the dataset with its place and field path.
pub fn cites(dataset: &Dataset) -> Vec<(Place<'_>, String, &Cite)> {
    let mut out = Vec::new();
    if let Some(edition) = &dataset.edition {
        out.push((
            place("edition.json", "edition"),
            "cite".into(),
            &edition.cite,
        ));
    }
    for axis in &dataset.axes {
        out.push((place("tiers.json", &axis.id), "cite".into(), &axis.cite));
    }
    for tier in &dataset.tiers {
        out.push((
            place("tiers.json", tier.id.key()),
            "cite".into(),
            &tier.cite,
        ));
    }
    for op in &dataset.operators {
        let at = place("operators.json", &op.id);
        out.push((at, "cite".into(), &op.cite));
        for (list, facts) in [
            ("models", &op.models),
            ("platforms", &op.platforms),
            ("compute_layouts", &op.compute_layouts),
            ("org_moves", &op.org_moves),
        ] {
            for (i, fact) in facts.iter().enumerate() {
                out.push((at, format!("{list}[{i}].cite"), &fact.cite));
            }
        }
    }
    for measure in &dataset.measures {
        out.push((
            place("measures.json", &measure.id),
            "cite".into(),
            &measure.cite,
        ));
        for example in &measure.examples {
            out.push((
                place("measures.json", &example.id),
                "cite".into(),
                &example.cite,
            ));
        }
    }
    for indicator in &dataset.indicators {
        out.push((
            place("indicators.json", &indicator.id),
            "cite".into(),
            &indicator.cite,
        ));
    }
    for finding in &dataset.findings {
        out.push((
            place("indicators.json", &finding.id),
            "cite".into(),
            &finding.cite,
        ));
    }
    for case in &dataset.cases {
        out.push((place("cases.json", &case.id), "cite".into(), &case.cite));
    }
    for challenge in &dataset.challenges {
        out.push((
            place("challenges.json", &challenge.id),
            "cite".into(),
            &challenge.cite,
        ));
    }
    for rec in &dataset.recommendations {
        out.push((place("challenges.json", &rec.id), "cite".into(), &rec.cite));
    }
    for term in &dataset.terms {
        out.push((place("glossary.json", &term.id), "cite".into(), &term.cite));
    }
    out
}

/// Every metric in the dataset with its place and field path.
pub fn metrics(dataset: &Dataset) -> Vec<(Place<'_>, String, &Metric)> {
    let mut out = Vec::new();
    for measure in &dataset.measures {
        for example in &measure.examples {
            for (i, inv) in example.investments.iter().enumerate() {
                let at = place("measures.json", &example.id);
                out.push((at, format!("investments[{i}].amount"), &inv.amount));
            }
        }
    }
    for indicator in &dataset.indicators {
        let at = place("indicators.json", &indicator.id);
        out.push((at, "metric".into(), &indicator.metric));
    }
    for case in &dataset.cases {
        for (i, metric) in case.outcomes.iter().enumerate() {
            out.push((
                place("cases.json", &case.id),
                format!("outcomes[{i}]"),
                metric,
            ));
        }
    }
    out
}

fn place<'a>(file: &'static str, record: &'a str) -> Place<'a> {
    Place { file, record }
}

/// Runs every cross-record check and returns all problems found.
pub fn validate(dataset: &Dataset) -> Vec<DataError> {
    let mut errors = Vec::new();
    check_ids(dataset, &mut errors);
    check_references(dataset, &mut errors);
    for (at, field, metric) in metrics(dataset) {
        check_metric(at, &field, metric, &mut errors);
    }
    check_cites(dataset, &mut errors);
    errors
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_ids(dataset: &Dataset, errors: &mut Vec<DataError>) {
    let example_ids = dataset
        .measures
        .iter()
        .flat_map(|m| m.examples.iter().map(|e| e.id.as_str()));
    let collections: Vec<(&'static str, Vec<&str>)> = vec![
        (
            "edition.json",
            dataset.sections.iter().map(|s| s.id.as_str()).collect(),
        ),
        (
            "tiers.json",
            dataset.axes.iter().map(|a| a.id.as_str()).collect(),
        ),
        (
            "tiers.json",
            dataset.tiers.iter().map(|t| t.id.key()).collect(),
        ),
        (
            "operators.json",
            dataset.operators.iter().map(|o| o.id.as_str()).collect(),
        ),
        (
            "measures.json",
            dataset.measures.iter().map(|m| m.id.as_str()).collect(),
        ),
        ("measures.json", example_ids.collect()),
        (
            "indicators.json",
            dataset.indicators.iter().map(|i| i.id.as_str()).collect(),
        ),
        (
            "indicators.json",
            dataset.findings.iter().map(|f| f.id.as_str()).collect(),
        ),
        (
            "cases.json",
            dataset.technologies.iter().map(|t| t.id.as_str()).collect(),
        ),
        (
            "cases.json",
            dataset
                .organisations
                .iter()
                .map(|o| o.id.as_str())
                .collect(),
        ),
        (
            "cases.json",
            dataset.cases.iter().map(|c| c.id.as_str()).collect(),
        ),
        (
            "challenges.json",
            dataset.challenges.iter().map(|c| c.id.as_str()).collect(),
        ),
        (
            "challenges.json",
            dataset
                .recommendations
                .iter()
                .map(|r| r.id.as_str())
                .collect(),
        ),
        (
            "glossary.json",
            dataset.terms.iter().map(|t| t.id.as_str()).collect(),
        ),
    ];
    for (file, ids) in collections {
        let mut seen = HashSet::new();
        for id in ids {
            if !is_valid_id(id) {
                errors.push(DataError::new(
                    file,
                    id,
                    "id",
                    "id must be lowercase ASCII letters, digits and '-'",
                ));
            }
            if !seen.insert(id) {
                errors.push(DataError::new(
                    file,
                    id,
                    "id",
                    format!("duplicate id '{id}'"),
                ));
            }
        }
    }
}

/// Reports `id` when it is not in `known`.
fn check_ref(
    at: Place<'_>,
    field: String,
    id: Option<&str>,
    known: &HashSet<&str>,
    target: &str,
    errors: &mut Vec<DataError>,
) {
    if let Some(id) = id.filter(|id| !known.contains(id)) {
        errors.push(at.error(field, format!("references unknown {target} '{id}'")));
    }
}

/// Reports each id of a list field that is not in `known`, naming its index.
/// Each id of `refs` names a known `target` record: `field[i]` names the one that does not.
fn check_refs<Id: AsRef<str>>(
    at: Place<'_>,
    field: &str,
    (refs, known): (&[Id], &HashSet<&str>),
    target: &str,
    errors: &mut Vec<DataError>,
) {
    for (i, id) in refs.iter().enumerate() {
        let field = format!("{field}[{i}]");
        check_ref(at, field, Some(id.as_ref()), known, target, errors);
    }
}

/// The ids of a collection, to check references against.
fn id_set<'a, T>(records: &'a [T], id: impl Fn(&'a T) -> &'a str) -> HashSet<&'a str> {
    records.iter().map(id).collect()
}

fn check_references(dataset: &Dataset, errors: &mut Vec<DataError>) {
    let sections = id_set(&dataset.sections, |s| s.id.as_str());
    let operators = id_set(&dataset.operators, |o| o.id.as_str());
    let technologies = id_set(&dataset.technologies, |t| t.id.as_str());
    let organisations = id_set(&dataset.organisations, |o| o.id.as_str());
    let cases = id_set(&dataset.cases, |c| c.id.as_str());
    let recommendations = id_set(&dataset.recommendations, |r| r.id.as_str());

    for section in &dataset.sections {
        let at = place("edition.json", &section.id);
        check_ref(
            at,
            "parent".into(),
            section.parent.as_deref(),
            &sections,
            "section",
            errors,
        );
    }
    for tier in &dataset.tiers {
        let at = place("tiers.json", tier.id.key());
        check_refs(
            at,
            "operators",
            (&tier.operators, &operators),
            "operator",
            errors,
        );
    }
    for measure in &dataset.measures {
        for example in &measure.examples {
            let at = place("measures.json", &example.id);
            check_refs(
                at,
                "operators",
                (&example.operators, &operators),
                "operator",
                errors,
            );
        }
    }
    for indicator in &dataset.indicators {
        let at = place("indicators.json", &indicator.id);
        let refs = indicator.operator.as_deref();
        check_ref(at, "operator".into(), refs, &operators, "operator", errors);
    }
    for org in &dataset.organisations {
        let at = place("cases.json", &org.id);
        check_ref(
            at,
            "operator".into(),
            org.operator.as_deref(),
            &operators,
            "operator",
            errors,
        );
    }
    for case in &dataset.cases {
        let at = place("cases.json", &case.id);
        check_refs(
            at,
            "organisations",
            (&case.organisations, &organisations),
            "organisation",
            errors,
        );
        check_refs(
            at,
            "technologies",
            (&case.technologies, &technologies),
            "technology",
            errors,
        );
        check_ref(
            at,
            "repeats".into(),
            case.repeats.as_deref().filter(|id| *id != case.id.as_str()),
            &cases,
            "case",
            errors,
        );
        if case.repeats.as_deref() == Some(case.id.as_str()) {
            errors.push(at.error("repeats", "a case cannot repeat itself"));
        }
        if case.subdomain.domain() != case.domain {
            errors.push(at.error(
                "subdomain",
                format!(
                    "sub-domain '{}' does not belong to domain '{}'",
                    case.subdomain.key(),
                    case.domain.key()
                ),
            ));
        }
    }
    for challenge in &dataset.challenges {
        let at = place("challenges.json", &challenge.id);
        check_refs(
            at,
            "recommendations",
            (&challenge.recommendations, &recommendations),
            "recommendation",
            errors,
        );
        check_refs(at, "cases", (&challenge.cases, &cases), "case", errors);
    }
    for rec in &dataset.recommendations {
        let at = place("challenges.json", &rec.id);
        check_refs(at, "cases", (&rec.cases, &cases), "case", errors);
    }
    if !sections.is_empty() {
        for (at, field, cite) in cites(dataset) {
            let section = Some(cite.section.as_str());
            check_ref(
                at,
                format!("{field}.section"),
                section,
                &sections,
                "section",
                errors,
            );
        }
    }
}

fn check_metric(at: Place<'_>, field: &str, metric: &Metric, errors: &mut Vec<DataError>) {
    match (metric.value, metric.range) {
        (Some(_), Some(_)) => errors.push(at.error(field, "give either value or range, not both")),
        (None, None) => errors.push(at.error(field, "a metric needs a value or a range")),
        _ => {}
    }
    let numbers = [
        ("value", metric.value),
        ("from", metric.from),
        ("range[0]", metric.range.map(|[low, _]| low)),
        ("range[1]", metric.range.map(|[_, high]| high)),
    ];
    for (name, number) in numbers {
        if let Some(n) = number {
            if !n.is_finite() {
                errors.push(at.error(format!("{field}.{name}"), format!("non-finite number {n}")));
            }
        }
    }
    if let Some([low, high]) = metric.range {
        if low > high {
            errors.push(at.error(
                format!("{field}.range"),
                format!("reversed range: low {low} is above high {high}"),
            ));
        }
    }
    if metric.wording.trim().is_empty() {
        errors.push(at.error(format!("{field}.wording"), "empty wording"));
    }
}

fn check_cites(dataset: &Dataset, errors: &mut Vec<DataError>) {
    for (at, field, cite) in cites(dataset) {
        let numbers: Vec<u32> = cite.footnotes.iter().map(|note| note.number).collect();
        if numbers.windows(2).any(|pair| pair[0] >= pair[1]) {
            errors.push(at.error(
                format!("{field}.footnotes"),
                "footnotes must be listed once each, in the report's order",
            ));
        }
    }
    let Some(page_count) = dataset.edition.as_ref().map(|e| e.page_count) else {
        return;
    };
    let mut check_page = |at: Place<'_>, field: String, page: u32| {
        if page == 0 || page > page_count {
            errors.push(at.error(
                field,
                format!("page {page} is outside the report (1–{page_count})"),
            ));
        }
    };
    for (at, field, cite) in cites(dataset) {
        check_page(at, format!("{field}.page"), cite.page);
    }
    for section in &dataset.sections {
        check_page(
            place("edition.json", &section.id),
            "page".into(),
            section.page,
        );
    }
}
