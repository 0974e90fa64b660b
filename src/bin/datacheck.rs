//! Native data checker: `cargo run --bin datacheck -- check data/`.
//! Prints every problem (file, record, field, reason) and exits non-zero if there are any.

use std::path::Path;
use std::process::ExitCode;

use bluebook::domain::{load_dataset, DataError, DATA_FILES};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [command, dir] if command == "check" => check(Path::new(dir)),
        _ => {
            eprintln!("usage: datacheck check <data-dir>");
            ExitCode::from(2)
        }
    }
}

fn check(dir: &Path) -> ExitCode {
    let mut texts = Vec::new();
    let mut errors = Vec::new();
    for file in DATA_FILES {
        match std::fs::read_to_string(dir.join(file)) {
            Ok(text) => texts.push((file, text)),
            Err(err) => errors.push(DataError::new(
                file,
                "-",
                "-",
                format!("cannot read: {err}"),
            )),
        }
    }
    let result = load_dataset(texts.iter().map(|(file, text)| (*file, text.as_str())));
    match result {
        Ok(dataset) if errors.is_empty() => {
            println!(
                "ok: {} tiers, {} operators, {} measures, {} indicators, {} cases, {} challenges, {} recommendations, {} terms",
                dataset.tiers.len(),
                dataset.operators.len(),
                dataset.measures.len(),
                dataset.indicators.len(),
                dataset.cases.len(),
                dataset.challenges.len(),
                dataset.recommendations.len(),
                dataset.terms.len()
            );
            ExitCode::SUCCESS
        }
        result => {
            errors.extend(result.err().unwrap_or_default());
            for error in &errors {
                eprintln!("error: {error}");
            }
            eprintln!("{} problem(s) in {}", errors.len(), dir.display());
            ExitCode::FAILURE
        }
    }
}
