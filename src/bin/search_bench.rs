//! "Ask the report" benchmark (prints figures; not a test): index build time for the real
//! data and for 10× copies, keystroke latency (every prefix of the judged queries), and the
//! judged set's recall@5 and MRR. `cargo run --release --bin search_bench`;
//! `… --bin search_bench -- q <query>` prints one query's ranked hits instead.

use std::process::ExitCode;
use std::time::Instant;

use bluebook::domain::report_search::{judge, ReportIndex};
use bluebook::domain::{load_dir, Dataset};

const BUILD_ROUNDS: usize = 15;
const KEY_ROUNDS: usize = 5;

fn load() -> Result<Dataset, String> {
    load_dir(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data"
    )))
    .map_err(|errors| format!("{} data problems; run datacheck", errors.len()))
}

/// Ten copies of every collection, ids suffixed `-2` … `-10` after the first.
fn tenfold(data: &Dataset) -> Dataset {
    macro_rules! copies {
        ($out:ident, $field:ident, $k:ident, $suffix:expr) => {
            $out.$field.extend(data.$field.iter().cloned().map(|mut r| {
                r.id = format!("{}{}", r.id, $suffix).into();
                r
            }));
        };
    }
    let mut out = data.clone();
    for k in 2..=10 {
        let suffix = format!("-{k}");
        copies!(out, sections, k, suffix);
        copies!(out, axes, k, suffix);
        copies!(out, operators, k, suffix);
        copies!(out, measures, k, suffix);
        copies!(out, indicators, k, suffix);
        copies!(out, findings, k, suffix);
        copies!(out, cases, k, suffix);
        copies!(out, challenges, k, suffix);
        copies!(out, recommendations, k, suffix);
        copies!(out, terms, k, suffix);
        out.tiers.extend(data.tiers.iter().cloned());
    }
    out
}

fn quantile(sorted: &[f64], q: f64) -> f64 {
    let at = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[at]
}

/// Median and p95 of `rounds` timed runs of `f`, in ms.
fn time(rounds: usize, mut f: impl FnMut()) -> (f64, f64) {
    let mut ms: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    (quantile(&ms, 0.5), quantile(&ms, 0.95))
}

fn judged() -> Result<Vec<judge::Judged>, String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/search_queries.tsv");
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    judge::parse(&text)
}

fn show(index: &ReportIndex, query: &str) {
    let result = index.search(query, None);
    println!("{} hits; notices {:?}", result.total, result.notices);
    for hit in result.ranked().iter().take(12) {
        let parts: String = hit
            .snippet
            .parts()
            .iter()
            .map(|(text, on)| {
                if *on {
                    format!("[{text}]")
                } else {
                    text.to_string()
                }
            })
            .collect();
        println!(
            "{:>3} {} p{} {} | {} | {}",
            hit.rank,
            hit.hit.key(),
            hit.page,
            hit.title.zh,
            hit.snippet.field.key(),
            parts
        );
    }
    for s in &result.suggestions {
        println!("suggest: {} ({:?})", s.query, s.source);
    }
}

fn run() -> Result<(), String> {
    let data = load()?;
    let index = ReportIndex::new(&data);
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("q") {
        show(&index, &args[1..].join(" "));
        return Ok(());
    }
    let big = tenfold(&data);
    let (build, build95) = time(BUILD_ROUNDS, || drop(ReportIndex::new(&data)));
    let (build10, build10_95) = time(BUILD_ROUNDS, || drop(ReportIndex::new(&big)));
    println!(
        "index build: real data {} records: median {build:.2} ms, p95 {build95:.2} ms",
        index.len()
    );
    println!(
        "index build: 10x data {} records: median {build10:.2} ms, p95 {build10_95:.2} ms",
        ReportIndex::new(&big).len()
    );
    let set = judged()?;
    let mut keystrokes: Vec<String> = Vec::new();
    for judged in &set {
        let chars: Vec<char> = judged.query.chars().collect();
        keystrokes.extend((1..=chars.len()).map(|n| chars[..n].iter().collect()));
    }
    let mut ms = Vec::new();
    let mut slowest: Vec<(f64, &str)> = Vec::new();
    for _ in 0..KEY_ROUNDS {
        for typed in &keystrokes {
            let start = Instant::now();
            std::hint::black_box(index.search(typed, None));
            let took = start.elapsed().as_secs_f64() * 1000.0;
            ms.push(took);
            slowest.push((took, typed));
        }
    }
    ms.sort_by(f64::total_cmp);
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut seen = std::collections::HashSet::new();
    slowest.retain(|(_, typed)| seen.insert(*typed));
    println!(
        "keystroke (real data, {} prefixes x {KEY_ROUNDS}): median {:.3} ms, p95 {:.3} ms, max {:.3} ms",
        keystrokes.len(),
        quantile(&ms, 0.5),
        quantile(&ms, 0.95),
        ms.last().copied().unwrap_or_default()
    );
    let named: Vec<String> = slowest
        .iter()
        .take(5)
        .map(|(took, typed)| format!("{typed:?} {took:.2} ms"))
        .collect();
    println!("  slowest keystrokes: {}", named.join(", "));
    let outcomes = judge::run(&index, &set);
    let (recall, mrr) = judge::measures(&outcomes);
    println!(
        "judged set: {} queries, recall@{} {recall:.3}, MRR {mrr:.3}",
        set.len(),
        judge::TOP
    );
    for outcome in outcomes.iter().filter(|o| !o.missing().is_empty()) {
        println!(
            "  missed in {:?}: {:?} (top: {:?})",
            outcome.judged.query,
            outcome.missing(),
            outcome.top
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
