//! Synthetic data at any scale: `cargo run --bin synth -- synth --cases 10000 --out <dir>`
//! [`--seed <n>`] [`--from <real data dir>`]. Copies the real non-case files and writes a
//! generated `cases.json` (the real cases first, then synthetic ones) that passes
//! `datacheck`. For benchmarks and scale tests only; it never replaces `data/`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bluebook::domain::synth::generate;
use bluebook::domain::{load_dataset, DATA_FILES, SCHEMA_VERSION};

struct Options {
    cases: usize,
    out: PathBuf,
    seed: u64,
    from: PathBuf,
}

const USAGE: &str =
    "usage: synth synth --cases <n> --out <dir> [--seed <n>] [--from <data dir, default data>]";

fn parse(args: &[String]) -> Result<Options, String> {
    let mut iter = args.iter();
    if iter.next().map(String::as_str) != Some("synth") {
        return Err(USAGE.into());
    }
    let mut cases = None;
    let mut out = None;
    let mut seed = 1;
    let mut from = PathBuf::from("data");
    while let Some(flag) = iter.next() {
        let value = iter
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match flag.as_str() {
            "--cases" => cases = Some(value.parse().map_err(|_| format!("bad --cases {value}"))?),
            "--out" => out = Some(PathBuf::from(value)),
            "--seed" => seed = value.parse().map_err(|_| format!("bad --seed {value}"))?,
            "--from" => from = PathBuf::from(value),
            other => return Err(format!("unknown option {other}\n{USAGE}")),
        }
    }
    Ok(Options {
        cases: cases.ok_or_else(|| format!("--cases is required\n{USAGE}"))?,
        out: out.ok_or_else(|| format!("--out is required\n{USAGE}"))?,
        seed,
        from,
    })
}

fn run(options: &Options) -> Result<String, String> {
    let mut texts = Vec::new();
    for file in DATA_FILES {
        let path = options.from.join(file);
        let text = std::fs::read_to_string(&path)
            .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
        texts.push((file, text));
    }
    let real = load_dataset(texts.iter().map(|(f, t)| (*f, t.as_str()))).map_err(|errors| {
        format!(
            "the source data is invalid ({} problems); run datacheck",
            errors.len()
        )
    })?;
    let synth = generate(&real, options.cases, options.seed);
    std::fs::create_dir_all(&options.out)
        .map_err(|err| format!("cannot create {}: {err}", options.out.display()))?;
    let write = |file: &str, text: &str| -> Result<(), String> {
        let path: PathBuf = Path::new(&options.out).join(file);
        std::fs::write(&path, text).map_err(|err| format!("cannot write {}: {err}", path.display()))
    };
    for (file, text) in &texts {
        match *file {
            "cases.json" => {}
            // Fewer cases than the report has: drop links to the cases left out.
            "challenges.json" if options.cases < real.cases.len() => {
                let kept: Vec<&str> = synth.cases.iter().map(|c| c.id.as_str()).collect();
                let keep = |ids: &Vec<bluebook::domain::CaseId>| -> Vec<bluebook::domain::CaseId> {
                    ids.iter()
                        .filter(|id| kept.contains(&id.as_str()))
                        .cloned()
                        .collect()
                };
                let mut challenges = real.challenges.clone();
                for c in &mut challenges {
                    c.cases = keep(&c.cases);
                }
                let mut recommendations = real.recommendations.clone();
                for r in &mut recommendations {
                    r.cases = keep(&r.cases);
                }
                let json = serde_json::json!({
                    "schema_version": SCHEMA_VERSION,
                    "challenges": challenges,
                    "recommendations": recommendations,
                });
                write(
                    file,
                    &serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?,
                )?;
            }
            _ => write(file, text)?,
        }
    }
    let json = serde_json::to_string(&synth).map_err(|err| err.to_string())?;
    write("cases.json", &json)?;
    Ok(format!(
        "wrote {} cases ({} organisations, {} technologies) to {}",
        synth.cases.len(),
        synth.organisations.len(),
        synth.technologies.len(),
        options.out.display()
    ))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = parse(&args).and_then(|options| run(&options));
    match result {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}
