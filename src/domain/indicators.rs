//! Which industry indicators the overview shows where: the headline cards, the comparable
//! growth series (charted) and the other growth figures (cards), and the CAPEX/OPEX ratios.

use super::model::{Dataset, Indicator, IndicatorGroup, Text};

/// The headline cards: every indicator that is neither a growth figure nor a CAPEX/OPEX ratio.
pub fn headline_indicators(data: &Dataset) -> Vec<&Indicator> {
    data.indicators
        .iter()
        .filter(|i| !matches!(i.group, IndicatorGroup::Growth | IndicatorGroup::CapexOpex))
        .collect()
}

/// The indicators of the capex-opex group, as stated.
pub fn capex_opex_indicators(data: &Dataset) -> Vec<&Indicator> {
    data.indicators
        .iter()
        .filter(|i| {
            i.group == IndicatorGroup::CapexOpex
                && i.metric.value.is_some()
                && i.metric.unit.zh == "%"
        })
        .collect()
}

/// The growth indicators that the report gives for the same subject, measure and unit over
/// two or more periods (十三五 vs 十四五 revenue CAGR): the ones that may share an axis.
pub fn growth_series(data: &Dataset) -> Vec<&Indicator> {
    let growth: Vec<&Indicator> = data
        .indicators
        .iter()
        .filter(|i| i.group == IndicatorGroup::Growth && i.metric.value.is_some())
        .collect();
    for first in &growth {
        let same: Vec<&Indicator> = growth
            .iter()
            .copied()
            .filter(|i| {
                i.subject == first.subject
                    && i.metric.measure == first.metric.measure
                    && i.metric.unit == first.metric.unit
                    && i.metric.kind == first.metric.kind
            })
            .collect();
        let periods = same.iter().filter_map(|i| i.period.as_ref()).fold(
            Vec::new(),
            |mut acc: Vec<&Text>, p| {
                if !acc.contains(&p) {
                    acc.push(p);
                }
                acc
            },
        );
        if periods.len() == same.len() && same.len() >= 2 {
            return same;
        }
    }
    Vec::new()
}

/// The growth figures the growth chart does not carry: shown as cards beside it.
pub fn growth_uncharted(data: &Dataset) -> Vec<&Indicator> {
    let charted = growth_series(data);
    data.indicators
        .iter()
        .filter(|i| i.group == IndicatorGroup::Growth && !charted.iter().any(|c| c.id == i.id))
        .collect()
}
