//! The synthetic data generator: valid at any scale, deterministic for a seed, varied, and
//! the explorer's index stays correct and fast on it.

mod common;

use bluebook::domain::load_dataset;
use bluebook::domain::query::{CaseIndex, CaseQuery, Facet};
use bluebook::domain::synth::generate;

fn load_synth(count: usize, seed: u64) -> bluebook::domain::Dataset {
    let real = common::real_dataset();
    let synth = generate(&real, count, seed);
    let cases_json = serde_json::to_string(&synth).expect("serialise");
    let files = common::real_files();
    let texts = files.iter().map(|(file, text)| {
        if *file == "cases.json" {
            (*file, cases_json.as_str())
        } else {
            (*file, text.as_str())
        }
    });
    match load_dataset(texts) {
        Ok(data) => data,
        Err(errors) => panic!(
            "synthetic data is invalid:\n{}",
            errors
                .iter()
                .take(20)
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

#[test]
fn synthetic_data_passes_validation_and_keeps_the_real_cases_first() {
    let real = common::real_dataset();
    let data = load_synth(2000, 7);
    assert_eq!(data.cases.len(), 2000);
    assert_eq!(&data.cases[..real.cases.len()], &real.cases[..]);
    assert!(data.cases[real.cases.len()..]
        .iter()
        .all(|c| c.id.starts_with("synth-")));
    assert!(data.cases[real.cases.len()..]
        .iter()
        .all(|c| c.title.en.contains("synthetic")));
}

#[test]
fn synthetic_data_is_deterministic_and_varied() {
    let real = common::real_dataset();
    assert_eq!(generate(&real, 500, 3), generate(&real, 500, 3));
    assert_ne!(generate(&real, 500, 3), generate(&real, 500, 4));
    let synth = generate(&real, 3000, 1);
    let generated = &synth.cases[real.cases.len()..];
    let distinct = |f: &dyn Fn(&bluebook::domain::Case) -> String| {
        let mut values: Vec<String> = generated.iter().map(f).collect();
        values.sort();
        values.dedup();
        values.len()
    };
    assert_eq!(distinct(&|c| c.subdomain.key().to_string()), 13);
    assert!(distinct(&|c| c.organisations[0].to_string()) > 80);
    assert!(distinct(&|c| c.technologies[0].to_string()) > 20);
    let kinds = distinct(&|c| {
        c.outcomes
            .first()
            .map(|m| m.kind.key().to_string())
            .unwrap_or_default()
    });
    assert!(kinds >= 10, "metric kinds and none: {kinds}");
    assert!(generated
        .iter()
        .any(|c| c.outcomes.iter().any(|m| m.range.is_some())));
    assert!(generated
        .iter()
        .any(|c| c.outcomes.iter().any(|m| m.baseline.is_some())));
    assert!(generated.iter().any(|c| c.outcomes.is_empty()));
}

#[test]
fn fewer_cases_than_the_report_keeps_a_prefix() {
    let real = common::real_dataset();
    let synth = generate(&real, 5, 1);
    assert_eq!(synth.cases.len(), 5);
    assert_eq!(synth.cases[..], real.cases[..5]);
}

#[test]
fn the_index_filters_10k_synthetic_cases_consistently() {
    let data = load_synth(10_000, 11);
    let index = CaseIndex::new(&data);
    let (query, notices) = CaseQuery::parse_str(
        "domain=network,marketing&op=china-mobile&metric=time,efficiency&q=%E6%99%BA%E8%83%BD",
        &index.vocab,
    );
    assert!(notices.is_empty());
    let result = index.run(&query);
    assert!(!result.cases.is_empty());
    for &i in &result.cases {
        let case = &data.cases[i];
        assert!(matches!(case.domain.key(), "network" | "marketing"));
        assert!(case
            .outcomes
            .iter()
            .any(|m| matches!(m.kind.key(), "time" | "efficiency")));
    }
    // The counts of the domain facet add up to the cases matching everything else.
    let (others, _) = CaseQuery::parse_str(
        "op=china-mobile&metric=time,efficiency&q=%E6%99%BA%E8%83%BD",
        &index.vocab,
    );
    let without_domain = index.run(&others).cases.len() as u32;
    let domain_sum: u32 = result.counts[Facet::Domain.index()].iter().sum();
    assert_eq!(domain_sum, without_domain);
}
