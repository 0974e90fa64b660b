//! Shared helpers for native tests: the real `data/` and the report's source text.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use bluebook::domain::{load_dataset, DataError, Dataset, DATA_FILES};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The real data files as (name, text).
pub fn real_files() -> Vec<(&'static str, String)> {
    DATA_FILES
        .iter()
        .map(|file| {
            let path = root().join("data").join(file);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
            (*file, text)
        })
        .collect()
}

/// Loads the real data with `replacement` standing in for one file.
pub fn load_with(replacement: Option<(&str, &str)>) -> Result<Dataset, Vec<DataError>> {
    let files = real_files();
    let texts = files.iter().map(|(file, text)| match replacement {
        Some((name, fixture)) if name == *file => (*file, fixture),
        _ => (*file, text.as_str()),
    });
    load_dataset(texts)
}

pub fn real_dataset() -> Dataset {
    match load_with(None) {
        Ok(dataset) => dataset,
        Err(errors) => panic!(
            "real data failed validation:\n{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

/// The report's text: `../shared/seeds/…` beside the project.
pub fn source_path() -> PathBuf {
    root().join("../shared/seeds/000_fab5348a68f091d3.txt")
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
}
pub mod source;

/// A figure's option, parsed as ECharts receives it.
pub fn option_json(figure: &bluebook::charts::Figure) -> serde_json::Value {
    serde_json::from_str(&figure.option).expect("option JSON parses")
}
