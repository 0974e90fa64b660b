//! Which stated figures count. The report sometimes states one figure twice: in one box
//! (沉淀 2000PB … 超 2000PB) or in a later case that repeats an earlier one's figures
//! (`Case::repeats`). Counts and charts take each figure once; the case pages still show
//! every figure as the report states it.

use super::model::{Case, Dataset, Metric};

/// Two metrics state the same figure: the same number (or range) of the same thing (the
/// unit in both languages: 超 50 个 models and 超 50 个 datasets are two figures).
pub fn same_figure(a: &Metric, b: &Metric) -> bool {
    a.value == b.value && a.range == b.range && a.unit == b.unit
}

/// The case whose figures `case` repeats, if any.
pub fn repeated_case<'a>(data: &'a Dataset, case: &Case) -> Option<&'a Case> {
    let id = case.repeats.as_deref()?;
    data.cases.iter().find(|other| other.id == id)
}

/// Later cases that repeat figures of `case`.
pub fn repeated_by<'a>(data: &'a Dataset, case: &'a Case) -> impl Iterator<Item = &'a Case> {
    data.cases
        .iter()
        .filter(move |other| other.repeats.as_deref() == Some(case.id.as_str()))
}

/// The outcomes of `case` that count: each figure once, and none that the case it repeats
/// already states.
pub fn counted_outcomes<'a>(data: &'a Dataset, case: &'a Case) -> Vec<&'a Metric> {
    let earlier: Vec<&Metric> = repeated_case(data, case)
        .map(|repeated| repeated.outcomes.iter().collect())
        .unwrap_or_default();
    let mut counted: Vec<&Metric> = Vec::new();
    for metric in &case.outcomes {
        let repeat = earlier
            .iter()
            .chain(counted.iter())
            .any(|seen| same_figure(seen, metric));
        if !repeat {
            counted.push(metric);
        }
    }
    counted
}
