//! Native filter benchmark (prints figures; not a test): filter + search + facet counts
//! over 1k, 10k and 50k synthetic cases. `cargo run --release --bin bench`.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use bluebook::domain::query::{CaseIndex, CaseQuery};
use bluebook::domain::synth::generate;
use bluebook::domain::{load_dir, Dataset};

/// Representative user inputs: facet clicks, searches in both languages, and mixes.
const QUERIES: [&str; 8] = [
    "",
    "domain=network",
    "domain=network,marketing&tech=large-model",
    "q=%E6%A8%A1%E5%9E%8B",
    "q=model",
    "op=china-mobile&q=ai",
    "quant=1&metric=efficiency&q=%E6%99%BA%E8%83%BD",
    "domain=business&market=enterprise&sort=outcome",
];
const SCALES: [usize; 3] = [1_000, 10_000, 50_000];
const ROUNDS: usize = 25;

fn quantile(sorted: &[f64], q: f64) -> f64 {
    let index = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[index]
}

fn real_dataset(dir: &Path) -> Result<Dataset, String> {
    load_dir(dir).map_err(|errors| format!("{} data problems; run datacheck", errors.len()))
}

fn main() -> ExitCode {
    let real = match real_dataset(Path::new("data")) {
        Ok(real) => real,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "Native filter + search + facet counts (release build, {ROUNDS} rounds of {} queries):",
        QUERIES.len()
    );
    println!(
        "  {:>7} {:>12} {:>12} {:>12} {:>10}",
        "cases", "index ms", "median ms", "p95 ms", "results"
    );
    for scale in SCALES {
        let synth = generate(&real, scale, 7);
        let mut data = real.clone();
        data.technologies = synth.technologies;
        data.organisations = synth.organisations;
        data.cases = synth.cases;

        let started = Instant::now();
        let index = CaseIndex::new(&data);
        let index_ms = started.elapsed().as_secs_f64() * 1e3;

        let queries: Vec<CaseQuery> = QUERIES
            .iter()
            .map(|q| CaseQuery::parse_str(q, &index.vocab).0)
            .collect();
        let mut times = Vec::with_capacity(ROUNDS * queries.len());
        let mut results = 0;
        for _ in 0..ROUNDS {
            for query in &queries {
                let started = Instant::now();
                let result = index.run(query);
                times.push(started.elapsed().as_secs_f64() * 1e3);
                results = results.max(result.cases.len());
            }
        }
        times.sort_by(f64::total_cmp);
        println!(
            "  {:>7} {:>12.1} {:>12.2} {:>12.2} {:>10}",
            data.cases.len(),
            index_ms,
            quantile(&times, 0.5),
            quantile(&times, 0.95),
            results
        );
    }
    ExitCode::SUCCESS
}
