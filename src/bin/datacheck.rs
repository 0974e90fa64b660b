//! Native data checker: `cargo run --bin datacheck -- check data/`.
//! Prints every problem (file, record, field, reason) and exits non-zero if there are any.

use std::path::Path;
use std::process::ExitCode;

use bluebook::domain::load_dir;

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
    match load_dir(dir) {
        Ok(dataset) => {
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
        Err(errors) => {
            for error in &errors {
                eprintln!("error: {error}");
            }
            eprintln!("{} problem(s) in {}", errors.len(), dir.display());
            ExitCode::FAILURE
        }
    }
}
