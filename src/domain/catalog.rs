//! The loaded report with what every view looks things up by: records by id in O(1), and the
//! case explorer's search and facet index. Built once, when the data has loaded and validated.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::ops::Deref;
use std::sync::OnceLock;

use super::ids::*;
use super::model::*;
use super::query::CaseIndex;
use super::report_search::ReportIndex;

/// The record of `records` whose position `positions` gives for `id`.
fn look_up<'a, Id: Eq + Hash + Borrow<str>, T>(
    positions: &HashMap<Id, usize>,
    records: &'a [T],
    id: &str,
) -> Option<&'a T> {
    positions.get(id).and_then(|&at| records.get(at))
}

/// Positions of records by id.
fn positions<'a, Id: Eq + Hash + Clone + 'a>(
    ids: impl Iterator<Item = &'a Id>,
) -> HashMap<Id, usize> {
    ids.enumerate().map(|(at, id)| (id.clone(), at)).collect()
}

/// The dataset and its look-ups. Derefs to [`Dataset`], so every domain function takes it.
#[derive(Debug)]
pub struct Catalog {
    data: Dataset,
    operators: HashMap<OperatorId, usize>,
    organisations: HashMap<OrganisationId, usize>,
    technologies: HashMap<TechnologyId, usize>,
    cases: HashMap<CaseId, usize>,
    challenges: HashMap<ChallengeId, usize>,
    recommendations: HashMap<RecommendationId, usize>,
    sections: HashMap<SectionId, usize>,
    indicators: HashMap<IndicatorId, usize>,
    findings: HashMap<FindingId, usize>,
    /// A measure example's measure and its place in that measure's examples.
    examples: HashMap<ExampleId, (usize, usize)>,
    case_index: CaseIndex,
    /// Built on the first search, so that loading and the first chart do not wait for it.
    report_index: OnceLock<ReportIndex>,
}

impl Deref for Catalog {
    type Target = Dataset;

    fn deref(&self) -> &Dataset {
        &self.data
    }
}

impl Catalog {
    pub fn new(data: Dataset) -> Self {
        Catalog {
            operators: positions(data.operators.iter().map(|r| &r.id)),
            organisations: positions(data.organisations.iter().map(|r| &r.id)),
            technologies: positions(data.technologies.iter().map(|r| &r.id)),
            cases: positions(data.cases.iter().map(|r| &r.id)),
            challenges: positions(data.challenges.iter().map(|r| &r.id)),
            recommendations: positions(data.recommendations.iter().map(|r| &r.id)),
            sections: positions(data.sections.iter().map(|r| &r.id)),
            indicators: positions(data.indicators.iter().map(|r| &r.id)),
            findings: positions(data.findings.iter().map(|r| &r.id)),
            examples: data
                .measures
                .iter()
                .enumerate()
                .flat_map(|(m, measure)| {
                    let at =
                        move |(e, example): (usize, &MeasureExample)| (example.id.clone(), (m, e));
                    measure.examples.iter().enumerate().map(at)
                })
                .collect(),
            case_index: CaseIndex::new(&data),
            report_index: OnceLock::new(),
            data,
        }
    }

    pub fn dataset(&self) -> &Dataset {
        &self.data
    }

    /// The search index over everything the report says.
    pub fn report_index(&self) -> &ReportIndex {
        self.report_index
            .get_or_init(|| ReportIndex::new(&self.data))
    }

    /// The explorer's search and facet index.
    pub fn case_index(&self) -> &CaseIndex {
        &self.case_index
    }

    pub fn operator(&self, id: &str) -> Option<&Operator> {
        look_up(&self.operators, &self.data.operators, id)
    }

    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        look_up(&self.organisations, &self.data.organisations, id)
    }

    pub fn technology(&self, id: &str) -> Option<&Technology> {
        look_up(&self.technologies, &self.data.technologies, id)
    }

    /// A case's position in report order (the explorer's row number).
    pub fn case_position(&self, id: &str) -> Option<usize> {
        self.cases.get(id).copied()
    }

    pub fn case(&self, id: &str) -> Option<&Case> {
        look_up(&self.cases, &self.data.cases, id)
    }

    pub fn challenge(&self, id: &str) -> Option<&Challenge> {
        look_up(&self.challenges, &self.data.challenges, id)
    }

    pub fn recommendation(&self, id: &str) -> Option<&Recommendation> {
        look_up(&self.recommendations, &self.data.recommendations, id)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        look_up(&self.sections, &self.data.sections, id)
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        look_up(&self.indicators, &self.data.indicators, id)
    }

    pub fn finding(&self, id: &str) -> Option<&Finding> {
        look_up(&self.findings, &self.data.findings, id)
    }

    /// A measure example with its measure.
    pub fn example(&self, id: &str) -> Option<(&Measure, &MeasureExample)> {
        let &(m, e) = self.examples.get(id)?;
        let measure = self.data.measures.get(m)?;
        measure.examples.get(e).map(|example| (measure, example))
    }
}
