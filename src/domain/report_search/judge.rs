//! The judged query set (`tests/search_queries.tsv`) and its measures: recall@5 and MRR.
//! Lines are `lang<TAB>query<TAB>expected hit keys, space-separated`; `#` starts a comment.

use super::{Hit, ReportIndex};

/// How many top hits count for recall.
pub const TOP: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judged {
    pub lang: String,
    pub query: String,
    /// [`Hit::key`]s a reader expects among the top hits.
    pub expected: Vec<String>,
}

pub fn parse(tsv: &str) -> Result<Vec<Judged>, String> {
    let mut out = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [lang, query, expected] = cols[..] else {
            return Err(format!("line {}: want 3 tab-separated columns", n + 1));
        };
        out.push(Judged {
            lang: lang.to_string(),
            query: query.to_string(),
            expected: expected.split_whitespace().map(str::to_string).collect(),
        });
    }
    Ok(out)
}

/// One query's outcome: the rank (1-based) of each expected key, if found at all.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub judged: Judged,
    pub ranks: Vec<Option<usize>>,
    pub top: Vec<String>,
}

impl Outcome {
    /// Expected keys missing from the top [`TOP`].
    pub fn missing(&self) -> Vec<&str> {
        self.judged
            .expected
            .iter()
            .zip(&self.ranks)
            .filter(|(_, rank)| rank.is_none_or(|r| r > TOP))
            .map(|(key, _)| key.as_str())
            .collect()
    }
}

pub fn run(index: &ReportIndex, set: &[Judged]) -> Vec<Outcome> {
    set.iter()
        .map(|judged| {
            let result = index.search(&judged.query, None);
            let keys: Vec<String> = result.ranked().iter().map(|h| Hit::key(&h.hit)).collect();
            let ranks = judged
                .expected
                .iter()
                .map(|key| keys.iter().position(|k| k == key).map(|at| at + 1))
                .collect();
            Outcome {
                judged: judged.clone(),
                ranks,
                top: keys.into_iter().take(TOP).collect(),
            }
        })
        .collect()
}

/// (recall@5 over all expected keys, mean reciprocal rank of each query's first expected key).
pub fn measures(outcomes: &[Outcome]) -> (f64, f64) {
    let expected: usize = outcomes.iter().map(|o| o.ranks.len()).sum();
    let found: usize = outcomes
        .iter()
        .flat_map(|o| &o.ranks)
        .filter(|r| r.is_some_and(|r| r <= TOP))
        .count();
    let mrr: f64 = outcomes
        .iter()
        .map(|o| {
            o.ranks
                .iter()
                .flatten()
                .min()
                .map_or(0.0, |&r| 1.0 / r as f64)
        })
        .sum::<f64>()
        / outcomes.len().max(1) as f64;
    (found as f64 / expected.max(1) as f64, mrr)
}
