//! The investments the report states, sorted for the strategy views: sums of money by unit
//! (never converted or added up), shares apart, and the rest listed uncharted.

use super::model::{Dataset, MetricKind, Text};
use super::profile::{all_investments, ExampleRef, InvestmentRef};

/// The distinct units of the stated sums of money (each gets its own chart; never converted).
pub fn money_units(data: &Dataset) -> Vec<Text> {
    let mut units: Vec<Text> = Vec::new();
    for inv in all_investments(data) {
        if inv.is_money() && !units.contains(&inv.investment.amount.unit) {
            units.push(inv.investment.amount.unit.clone());
        }
    }
    units
}

/// The stated sums of money with a value in one unit (zh spelling `unit_zh`), in report order.
pub fn money_in_unit<'a>(data: &'a Dataset, unit_zh: &str) -> Vec<InvestmentRef<'a>> {
    all_investments(data)
        .into_iter()
        .filter(|inv| inv.is_money() && inv.investment.amount.unit.zh == unit_zh)
        .filter(|inv| inv.investment.amount.value.is_some())
        .collect()
}

/// The stated shares of investment (not money) with a value, in report order.
pub fn stated_shares(data: &Dataset) -> Vec<InvestmentRef<'_>> {
    all_investments(data)
        .into_iter()
        .filter(|inv| !inv.is_money() && inv.investment.amount.kind == MetricKind::Share)
        .filter(|inv| inv.investment.amount.value.is_some())
        .collect()
}

/// Investments that are neither money nor a share (e.g. a growth rate): listed, not charted.
pub fn uncharted_investments(data: &Dataset) -> Vec<InvestmentRef<'_>> {
    all_investments(data)
        .into_iter()
        .filter(|inv| !inv.is_money() && inv.investment.amount.kind != MetricKind::Share)
        .collect()
}

/// The examples that state at least one investment, each once, in measure and example order:
/// the sources of the investment charts.
pub fn examples_stating_investments(data: &Dataset) -> Vec<ExampleRef<'_>> {
    let mut out: Vec<ExampleRef<'_>> = Vec::new();
    for inv in all_investments(data) {
        if !out.iter().any(|ex| ex.example.id == inv.example.id) {
            out.push(ExampleRef {
                measure: inv.measure,
                example: inv.example,
            });
        }
    }
    out
}
