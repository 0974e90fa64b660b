//! What the report says of one operator or one tier: its tier, the measures and stated
//! investments that name it, its organisations and its chapter 四 cases. Pure look-ups.

use std::collections::BTreeSet;

use super::ids::OperatorId;
use super::model::{
    Case, Dataset, Domain, Indicator, Investment, Measure, MeasureExample, Operator, Organisation,
    Tier, TierId,
};

pub fn operator<'a>(data: &'a Dataset, id: &str) -> Option<&'a Operator> {
    data.operators.iter().find(|op| op.id == id)
}

pub fn tier(data: &Dataset, id: TierId) -> Option<&Tier> {
    data.tiers.iter().find(|tier| tier.id == id)
}

/// Tiers in the report's ordinal order (rank 1 first).
pub fn tiers_by_rank(data: &Dataset) -> Vec<&Tier> {
    let mut tiers: Vec<&Tier> = data.tiers.iter().collect();
    tiers.sort_by_key(|tier| tier.rank);
    tiers
}

/// The tier that lists the operator, or that the operator names.
pub fn tier_of<'a>(data: &'a Dataset, operator: &Operator) -> Option<&'a Tier> {
    data.tiers
        .iter()
        .find(|tier| tier.operators.contains(&operator.id))
        .or_else(|| operator.tier.and_then(|id| tier(data, id)))
}

/// The operators of a tier, in the tier's own order.
pub fn tier_operators<'a>(data: &'a Dataset, tier: &Tier) -> Vec<&'a Operator> {
    tier.operators
        .iter()
        .filter_map(|id| operator(data, id))
        .collect()
}

/// One group of the operator list: a tier (in rank order), or `None` for operators the
/// report names in a strategic role without placing them in a tier.
#[derive(Debug, Clone, PartialEq)]
pub struct TierGroup<'a> {
    pub tier: Option<&'a Tier>,
    pub operators: Vec<&'a Operator>,
}

/// Every operator exactly once, grouped by tier, untiered operators last.
pub fn operators_by_tier(data: &Dataset) -> Vec<TierGroup<'_>> {
    let mut groups: Vec<TierGroup<'_>> = tiers_by_rank(data)
        .into_iter()
        .map(|tier| TierGroup {
            tier: Some(tier),
            operators: Vec::new(),
        })
        .collect();
    let mut untiered = Vec::new();
    for op in &data.operators {
        let tier_id = tier_of(data, op).map(|tier| tier.id);
        match groups
            .iter_mut()
            .find(|group| group.tier.map(|tier| tier.id) == tier_id && tier_id.is_some())
        {
            Some(group) => group.operators.push(op),
            None => untiered.push(op),
        }
    }
    // Keep each tier's operators in the order the report lists them.
    for group in &mut groups {
        if let Some(tier) = group.tier {
            group.operators.sort_by_key(|op| {
                tier.operators
                    .iter()
                    .position(|id| *id == op.id)
                    .unwrap_or(usize::MAX)
            });
        }
    }
    if !untiered.is_empty() {
        groups.push(TierGroup {
            tier: None,
            operators: untiered,
        });
    }
    groups
}

/// The operators that share its tier, in the tier's order; `None` when it has no tier.
pub fn peers_of<'a>(data: &'a Dataset, op: &Operator) -> Option<Vec<&'a OperatorId>> {
    let tier = tier_of(data, op)?;
    Some(tier.operators.iter().filter(|id| **id != op.id).collect())
}

/// The five measures in the report's order (by number).
pub fn measures_by_number(data: &Dataset) -> Vec<&Measure> {
    let mut measures: Vec<&Measure> = data.measures.iter().collect();
    measures.sort_by_key(|measure| measure.number);
    measures
}

/// A measure example with the measure it illustrates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExampleRef<'a> {
    pub measure: &'a Measure,
    pub example: &'a MeasureExample,
}

/// Examples of the five measures that name any of `operator_ids`, in measure order.
pub fn examples_naming<'a>(data: &'a Dataset, operator_ids: &[&str]) -> Vec<ExampleRef<'a>> {
    measures_by_number(data)
        .into_iter()
        .flat_map(|measure| {
            measure
                .examples
                .iter()
                .filter(|example| {
                    example
                        .operators
                        .iter()
                        .any(|id| operator_ids.contains(&id.as_str()))
                })
                .map(move |example| ExampleRef { measure, example })
        })
        .collect()
}

impl<'a> ExampleRef<'a> {
    /// The investments the example states, in its order.
    pub fn investments(self) -> Vec<InvestmentRef<'a>> {
        self.example
            .investments
            .iter()
            .map(move |investment| InvestmentRef {
                measure: self.measure,
                example: self.example,
                investment,
            })
            .collect()
    }
}

/// A stated investment with the example and measure that carry it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct InvestmentRef<'a> {
    pub measure: &'a Measure,
    pub example: &'a MeasureExample,
    pub investment: &'a Investment,
}

impl InvestmentRef<'_> {
    /// A sum of money (it has a currency), as opposed to a share or a growth rate.
    pub fn is_money(&self) -> bool {
        self.investment.currency.is_some()
    }
}

/// Every investment the report states, in measure and example order.
pub fn all_investments(data: &Dataset) -> Vec<InvestmentRef<'_>> {
    measures_by_number(data)
        .into_iter()
        .flat_map(|measure| {
            measure
                .examples
                .iter()
                .flat_map(move |example| ExampleRef { measure, example }.investments())
        })
        .collect()
}

/// The investments stated for any of `operator_ids`.
pub fn investments_naming<'a>(data: &'a Dataset, operator_ids: &[&str]) -> Vec<InvestmentRef<'a>> {
    all_investments(data)
        .into_iter()
        .filter(|inv| {
            inv.example
                .operators
                .iter()
                .any(|id| operator_ids.contains(&id.as_str()))
        })
        .collect()
}

/// The organisations of cases.json that belong to the operator.
pub fn organisations_of<'a>(data: &'a Dataset, operator_id: &str) -> Vec<&'a Organisation> {
    data.organisations
        .iter()
        .filter(|org| org.operator.as_deref() == Some(operator_id))
        .collect()
}

/// Cases that involve any organisation of any of `operator_ids`, each once.
pub fn cases_of<'a>(data: &'a Dataset, operator_ids: &[&str]) -> Vec<&'a Case> {
    let orgs: BTreeSet<&str> = data
        .organisations
        .iter()
        .filter(|org| {
            org.operator
                .as_deref()
                .is_some_and(|op| operator_ids.contains(&op))
        })
        .map(|org| org.id.as_str())
        .collect();
    data.cases
        .iter()
        .filter(|case| {
            case.organisations
                .iter()
                .any(|id| orgs.contains(id.as_str()))
        })
        .collect()
}

/// Cases per domain (in [`Domain::ALL`] order) for the operators, or `None` when the report
/// gives no case for any of them at all — "not stated", which is not zero.
pub fn cases_by_domain(data: &Dataset, operator_ids: &[&str]) -> Option<[(Domain, usize); 5]> {
    let cases = cases_of(data, operator_ids);
    if cases.is_empty() {
        return None;
    }
    Some(Domain::ALL.map(|domain| {
        (
            domain,
            cases.iter().filter(|case| case.domain == domain).count(),
        )
    }))
}

/// For each organisation of the operator that has cases: its case count per domain.
pub fn organisation_case_counts<'a>(
    data: &'a Dataset,
    operator_id: &str,
) -> Vec<(&'a Organisation, [usize; 5])> {
    organisations_of(data, operator_id)
        .into_iter()
        .filter_map(|org| {
            let counts = Domain::ALL.map(|domain| {
                data.cases
                    .iter()
                    .filter(|case| case.domain == domain && case.organisations.contains(&org.id))
                    .count()
            });
            (counts.iter().sum::<usize>() > 0).then_some((org, counts))
        })
        .collect()
}

/// Industry indicators that name the operator (R&D rank, OPEX ratio …).
pub fn indicators_of<'a>(data: &'a Dataset, operator_id: &str) -> Vec<&'a Indicator> {
    data.indicators
        .iter()
        .filter(|indicator| indicator.operator.as_deref() == Some(operator_id))
        .collect()
}

/// What an operator card counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperatorCount {
    Models,
    Platforms,
    ComputeLayouts,
    /// Examples of the five measures that name it.
    Examples,
    Cases,
}

/// The counts of an operator card, in this order, leaving out what the report names none of:
/// an operator it says nothing more of has no count at all ("not stated", not zero).
pub fn operator_counts(data: &Dataset, op: &Operator) -> Vec<(OperatorCount, usize)> {
    let ids = [op.id.as_str()];
    [
        (OperatorCount::Models, op.models.len()),
        (OperatorCount::Platforms, op.platforms.len()),
        (OperatorCount::ComputeLayouts, op.compute_layouts.len()),
        (OperatorCount::Examples, examples_naming(data, &ids).len()),
        (OperatorCount::Cases, cases_of(data, &ids).len()),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .collect()
}

/// One organisation's row of an operator's case table.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationCases<'a> {
    pub organisation: &'a Organisation,
    /// Cases per domain, in [`Domain::ALL`] order.
    pub by_domain: [usize; 5],
    pub total: usize,
}

/// An operator's chapter 四 cases by domain: the totals and each organisation's row.
#[derive(Debug, Clone, PartialEq)]
pub struct OperatorCases<'a> {
    pub by_domain: [(Domain, usize); 5],
    /// Cases in all; a case of two of its organisations counts once.
    pub total: usize,
    pub organisations: Vec<OrganisationCases<'a>>,
}

/// The operator's case table, or `None` when the report gives it no case ("not stated").
pub fn operator_cases<'a>(data: &'a Dataset, operator_id: &str) -> Option<OperatorCases<'a>> {
    let by_domain = cases_by_domain(data, &[operator_id])?;
    let organisations = organisation_case_counts(data, operator_id)
        .into_iter()
        .map(|(organisation, by_domain)| OrganisationCases {
            organisation,
            by_domain,
            total: by_domain.iter().sum(),
        })
        .collect();
    Some(OperatorCases {
        by_domain,
        total: cases_of(data, &[operator_id]).len(),
        organisations,
    })
}
