//! The [`CaseIndex`], built once per dataset, that filters, searches, counts facet values
//! and sorts without cloning cases; and the [`Vocab`] of value keys each facet accepts.

use std::collections::HashMap;

use super::params::{CaseQuery, Facet, Sort, QUANT_NO, QUANT_YES};
use crate::domain::model::{Case, Dataset, Domain, Market, MetricKind, Subdomain};
use crate::domain::search::{fold, fold_into, Search};

/// The value keys each facet accepts, in display order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Vocab {
    pub values: [Vec<String>; Facet::COUNT],
}

impl Vocab {
    pub fn from_dataset(data: &Dataset) -> Self {
        let mut values: [Vec<String>; Facet::COUNT] = Default::default();
        values[Facet::Domain.index()] = Domain::ALL.iter().map(|d| d.key().into()).collect();
        values[Facet::Sub.index()] = Subdomain::ALL.iter().map(|s| s.key().into()).collect();
        values[Facet::Org.index()] = data
            .organisations
            .iter()
            .map(|o| o.id.to_string())
            .collect();
        let mut ops: Vec<String> = data.operators.iter().map(|o| o.id.to_string()).collect();
        for org in &data.organisations {
            if let Some(op) = &org.operator {
                if !ops.iter().any(|known| op == known) {
                    ops.push(op.to_string());
                }
            }
        }
        values[Facet::Op.index()] = ops;
        values[Facet::Tech.index()] = data.technologies.iter().map(|t| t.id.to_string()).collect();
        values[Facet::Market.index()] = Market::ALL.iter().map(|m| m.key().into()).collect();
        values[Facet::Metric.index()] = MetricKind::ALL.iter().map(|k| k.key().into()).collect();
        values[Facet::Quant.index()] = vec![QUANT_YES.into(), QUANT_NO.into()];
        values[Facet::Challenge.index()] =
            data.challenges.iter().map(|c| c.id.to_string()).collect();
        values[Facet::Rec.index()] = data
            .recommendations
            .iter()
            .map(|r| r.id.to_string())
            .collect();
        Vocab { values }
    }

    pub fn position(&self, facet: Facet, key: &str) -> Option<usize> {
        self.values[facet.index()].iter().position(|v| v == key)
    }
}

// ---------- the index ----------

/// Per-dataset precomputation: each case's facet values as small integers and its
/// lowercased zh/en search text. Build once per dataset; every query only reads it.
#[derive(Debug, Clone)]
pub struct CaseIndex {
    pub vocab: Vocab,
    len: usize,
    /// Per facet: every case's value indices, flattened; `offsets[f][i]..offsets[f][i + 1]`.
    values: [Vec<u32>; Facet::COUNT],
    offsets: [Vec<u32>; Facet::COUNT],
    zh: Vec<String>,
    en: Vec<String>,
    magnitude: Vec<Option<f64>>,
    org_rank: Vec<u32>,
    domain_rank: Vec<u32>,
    /// Per facet: how many cases carry each value in the whole dataset.
    totals: [Vec<u32>; Facet::COUNT],
}

/// What a query yields: the matching cases in order, and live counts per facet value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryResult {
    /// Indices into `dataset.cases`, sorted as asked.
    pub cases: Vec<usize>,
    /// Per facet (indexed like [`Vocab::values`]): cases matching the other filters and this value.
    pub counts: [Vec<u32>; Facet::COUNT],
}

impl QueryResult {
    pub fn count(&self, facet: Facet, position: usize) -> u32 {
        self.counts[facet.index()]
            .get(position)
            .copied()
            .unwrap_or(0)
    }
}

fn push_unique(list: &mut Vec<u32>, start: usize, value: u32) {
    if !list[start..].contains(&value) {
        list.push(value);
    }
}

impl CaseIndex {
    pub fn new(data: &Dataset) -> Self {
        let vocab = Vocab::from_dataset(data);
        let lookup: Vec<HashMap<&str, u32>> = vocab
            .values
            .iter()
            .map(|keys| {
                keys.iter()
                    .enumerate()
                    .map(|(i, key)| (key.as_str(), i as u32))
                    .collect()
            })
            .collect();
        let org_by_id: HashMap<&str, &crate::domain::model::Organisation> = data
            .organisations
            .iter()
            .map(|org| (org.id.as_str(), org))
            .collect();
        let tech_by_id: HashMap<&str, &crate::domain::model::Technology> = data
            .technologies
            .iter()
            .map(|tech| (tech.id.as_str(), tech))
            .collect();
        // Linked challenges and recommendations per case.
        let mut challenge_links: HashMap<&str, Vec<u32>> = HashMap::new();
        for (i, challenge) in data.challenges.iter().enumerate() {
            for case in &challenge.cases {
                challenge_links.entry(case).or_default().push(i as u32);
            }
        }
        let mut rec_links: HashMap<&str, Vec<u32>> = HashMap::new();
        for (i, rec) in data.recommendations.iter().enumerate() {
            for case in &rec.cases {
                rec_links.entry(case).or_default().push(i as u32);
            }
        }
        // Organisation order: by English name, case-insensitively.
        let mut org_order: Vec<&crate::domain::model::Organisation> =
            data.organisations.iter().collect();
        org_order.sort_by_key(|org| fold(&org.name.en));
        let org_rank_by_id: HashMap<&str, u32> = org_order
            .iter()
            .enumerate()
            .map(|(rank, org)| (org.id.as_str(), rank as u32))
            .collect();

        let n = data.cases.len();
        let mut values: [Vec<u32>; Facet::COUNT] = Default::default();
        let mut offsets: [Vec<u32>; Facet::COUNT] = Default::default();
        for list in &mut offsets {
            list.reserve(n + 1);
            list.push(0);
        }
        let mut zh = Vec::with_capacity(n);
        let mut en = Vec::with_capacity(n);
        let mut magnitude = Vec::with_capacity(n);
        let mut org_rank = Vec::with_capacity(n);
        let mut domain_rank = Vec::with_capacity(n);
        let lookup_key = |facet: Facet, key: &str| lookup[facet.index()].get(key).copied();

        for case in &data.cases {
            let mut add = |facet: Facet, index: Option<u32>| {
                if let Some(index) = index {
                    let list = &mut values[facet.index()];
                    let start = offsets[facet.index()].last().copied().unwrap_or(0) as usize;
                    push_unique(list, start, index);
                }
            };
            add(Facet::Domain, lookup_key(Facet::Domain, case.domain.key()));
            add(Facet::Sub, lookup_key(Facet::Sub, case.subdomain.key()));
            for org in &case.organisations {
                add(Facet::Org, lookup_key(Facet::Org, org));
                let op = org_by_id
                    .get(org.as_str())
                    .and_then(|o| o.operator.as_deref());
                add(Facet::Op, op.and_then(|op| lookup_key(Facet::Op, op)));
            }
            for tech in &case.technologies {
                add(Facet::Tech, lookup_key(Facet::Tech, tech));
            }
            add(
                Facet::Market,
                case.market.and_then(|m| lookup_key(Facet::Market, m.key())),
            );
            for metric in &case.outcomes {
                add(Facet::Metric, lookup_key(Facet::Metric, metric.kind.key()));
            }
            let quant = if case.outcomes.is_empty() {
                QUANT_NO
            } else {
                QUANT_YES
            };
            add(Facet::Quant, lookup_key(Facet::Quant, quant));
            for &i in challenge_links.get(case.id.as_str()).into_iter().flatten() {
                add(Facet::Challenge, Some(i));
            }
            for &i in rec_links.get(case.id.as_str()).into_iter().flatten() {
                add(Facet::Rec, Some(i));
            }
            for facet in Facet::ALL.iter().copied() {
                let len = values[facet.index()].len() as u32;
                offsets[facet.index()].push(len);
            }

            let (case_zh, case_en) = search_texts(case, &org_by_id, &tech_by_id);
            zh.push(case_zh);
            en.push(case_en);
            magnitude.push(
                case.outcomes
                    .iter()
                    .filter_map(|m| m.magnitude())
                    .max_by(f64::total_cmp),
            );
            org_rank.push(
                case.organisations
                    .first()
                    .and_then(|id| org_rank_by_id.get(id.as_str()).copied())
                    .unwrap_or(u32::MAX),
            );
            let domain = Domain::ALL
                .iter()
                .position(|d| *d == case.domain)
                .unwrap_or(0);
            let sub = Subdomain::ALL
                .iter()
                .position(|s| *s == case.subdomain)
                .unwrap_or(0);
            domain_rank.push((domain * 100 + sub) as u32);
        }

        let mut index = CaseIndex {
            totals: Default::default(),
            vocab,
            len: n,
            values,
            offsets,
            zh,
            en,
            magnitude,
            org_rank,
            domain_rank,
        };
        for facet in Facet::ALL.iter().copied() {
            let mut totals = vec![0u32; index.vocab.values[facet.index()].len()];
            for &v in &index.values[facet.index()] {
                totals[v as usize] += 1;
            }
            index.totals[facet.index()] = totals;
        }
        index
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// How many cases in the whole dataset carry this value (to hide values no case has).
    pub fn total(&self, facet: Facet, position: usize) -> u32 {
        self.totals[facet.index()]
            .get(position)
            .copied()
            .unwrap_or(0)
    }

    fn case_values(&self, facet: Facet, case: usize) -> &[u32] {
        let offsets = &self.offsets[facet.index()];
        let start = offsets[case] as usize;
        let end = offsets[case + 1] as usize;
        &self.values[facet.index()][start..end]
    }

    /// Filters, searches, counts and sorts. Cost is linear in the number of cases.
    pub fn run(&self, query: &CaseQuery) -> QueryResult {
        // Selected value positions per facet as membership tables.
        let mut selected: Vec<Option<Vec<bool>>> = Vec::with_capacity(Facet::COUNT);
        for facet in Facet::ALL.iter().copied() {
            let keys = query.values(facet);
            if keys.is_empty() {
                selected.push(None);
                continue;
            }
            let mut table = vec![false; self.vocab.values[facet.index()].len()];
            for key in keys {
                if let Some(at) = self.vocab.position(facet, key) {
                    table[at] = true;
                }
            }
            selected.push(Some(table));
        }
        let search = Search::new(&query.q);
        let mut counts: [Vec<u32>; Facet::COUNT] = Default::default();
        for facet in Facet::ALL.iter().copied() {
            counts[facet.index()] = vec![0; self.vocab.values[facet.index()].len()];
        }
        let mut cases = Vec::new();

        for case in 0..self.len {
            let mut failed: Option<Facet> = None;
            let mut failures = 0;
            for facet in Facet::ALL.iter().copied() {
                let Some(table) = &selected[facet.index()] else {
                    continue;
                };
                let pass = self
                    .case_values(facet, case)
                    .iter()
                    .any(|&v| table[v as usize]);
                if !pass {
                    failures += 1;
                    failed = Some(facet);
                    if failures > 1 {
                        break;
                    }
                }
            }
            if failures > 1 {
                continue;
            }
            if !search.is_empty() && !search.matches_folded(&[&self.zh[case], &self.en[case]]) {
                continue;
            }
            match failed {
                None => {
                    cases.push(case);
                    for facet in Facet::ALL.iter().copied() {
                        for &v in self.case_values(facet, case) {
                            counts[facet.index()][v as usize] += 1;
                        }
                    }
                }
                Some(facet) => {
                    for &v in self.case_values(facet, case) {
                        counts[facet.index()][v as usize] += 1;
                    }
                }
            }
        }

        match query.sort {
            Sort::Report => {}
            Sort::Domain => cases.sort_by_key(|&i| self.domain_rank[i]),
            Sort::Organisation => cases.sort_by_key(|&i| self.org_rank[i]),
            Sort::Outcome => cases.sort_by(|&a, &b| match (self.magnitude[a], self.magnitude[b]) {
                (Some(x), Some(y)) => y.total_cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }),
        }
        QueryResult { cases, counts }
    }
}

/// The searchable text of a case in zh and en, lowercased: title, summary, organisations,
/// technologies, one per line.
fn search_texts(
    case: &Case,
    orgs: &HashMap<&str, &crate::domain::model::Organisation>,
    techs: &HashMap<&str, &crate::domain::model::Technology>,
) -> (String, String) {
    let mut zh = String::with_capacity(case.title.zh.len() + case.summary.zh.len() + 64);
    let mut en = String::with_capacity(case.title.en.len() + case.summary.en.len() + 64);
    let mut push = |text: &crate::domain::model::Text| {
        fold_into(&text.zh, &mut zh);
        zh.push('\n');
        fold_into(&text.en, &mut en);
        en.push('\n');
    };
    push(&case.title);
    push(&case.summary);
    for org in &case.organisations {
        if let Some(org) = orgs.get(org.as_str()) {
            push(&org.name);
        }
    }
    for tech in &case.technologies {
        if let Some(tech) = techs.get(tech.as_str()) {
            push(&tech.name);
        }
    }
    (zh, en)
}
