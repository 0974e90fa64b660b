//! Parsing `data/*.json` text into a [`Dataset`], one record at a time, so that one bad
//! record yields one precise error and never hides the others.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::error::DataError;
use super::locate;
use super::model::{Dataset, SCHEMA_VERSION};
use super::strict::Strict;

/// The data files the app loads, in load order.
pub const DATA_FILES: [&str; 8] = [
    "edition.json",
    "tiers.json",
    "operators.json",
    "measures.json",
    "indicators.json",
    "cases.json",
    "challenges.json",
    "glossary.json",
];

/// The top-level keys each file must have (besides `schema_version`).
pub fn expected_keys(file: &str) -> &'static [&'static str] {
    match file {
        "edition.json" => &["edition", "sections"],
        "tiers.json" => &["axes", "tiers"],
        "operators.json" => &["operators"],
        "measures.json" => &["measures"],
        "indicators.json" => &["indicators", "findings"],
        "cases.json" => &["technologies", "organisations", "cases"],
        "challenges.json" => &["challenges", "recommendations"],
        "glossary.json" => &["terms"],
        _ => &[],
    }
}

/// Parses one file's text into `dataset`, returning every problem found in it.
pub fn parse_file(file: &str, text: &str, dataset: &mut Dataset) -> Vec<DataError> {
    let mut errors = Vec::new();
    let root: Value = match serde_json::from_str(text) {
        Ok(root) => root,
        Err(err) => {
            // Named by the record and field it stands in, or `-` outside every key.
            let at = locate::at_line_column(text, err.line(), err.column());
            errors.push(DataError::new(
                file,
                at.record,
                at.field,
                format!(
                    "malformed JSON at line {}, column {}: {err}",
                    err.line(),
                    err.column()
                ),
            ));
            return errors;
        }
    };
    // A `Value` keeps the last of two equal keys without a word.
    for duplicate in locate::duplicate_keys(text) {
        let reason = format!("duplicate key `{}`", duplicate.key);
        let at = duplicate.spot;
        errors.push(DataError::new(file, at.record, at.field, reason));
    }
    let Some(object) = root.as_object() else {
        errors.push(DataError::new(
            file,
            "-",
            "-",
            "the file must hold one JSON object",
        ));
        return errors;
    };
    check_top_level(file, object, &mut errors);
    for (key, value) in object {
        match value {
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    let record = record_name(key, index, item);
                    check_texts(file, &record, "", item, &mut errors);
                }
            }
            _ => check_texts(file, key, "", value, &mut errors),
        }
    }

    let mut reader = FileReader {
        file,
        object,
        errors: &mut errors,
    };
    match file {
        "edition.json" => {
            dataset.edition = reader.single("edition");
            dataset.sections = reader.list("sections");
        }
        "tiers.json" => {
            dataset.axes = reader.list("axes");
            dataset.tiers = reader.list("tiers");
        }
        "operators.json" => dataset.operators = reader.list("operators"),
        "measures.json" => dataset.measures = reader.list("measures"),
        "indicators.json" => {
            dataset.indicators = reader.list("indicators");
            dataset.findings = reader.list("findings");
        }
        "cases.json" => {
            dataset.technologies = reader.list("technologies");
            dataset.organisations = reader.list("organisations");
            dataset.cases = reader.list("cases");
        }
        "challenges.json" => {
            dataset.challenges = reader.list("challenges");
            dataset.recommendations = reader.list("recommendations");
        }
        "glossary.json" => dataset.terms = reader.list("terms"),
        other => errors.push(DataError::new(other, "-", "-", "not a known data file")),
    }
    errors
}

fn check_top_level(file: &str, object: &Map<String, Value>, errors: &mut Vec<DataError>) {
    match object.get("schema_version") {
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {}
        Some(other) => errors.push(DataError::new(
            file,
            "-",
            "schema_version",
            format!("expected {SCHEMA_VERSION}, found {other}"),
        )),
        None => errors.push(DataError::new(file, "-", "schema_version", "missing field")),
    }
    let expected = expected_keys(file);
    for key in expected {
        if !object.contains_key(*key) {
            errors.push(DataError::new(file, "-", *key, "missing field"));
        }
    }
    for key in object.keys() {
        if key != "schema_version" && !expected.contains(&key.as_str()) {
            errors.push(DataError::new(file, "-", key, "unknown field"));
        }
    }
}

/// Every `{"zh", "en"}` object must have both texts non-empty. An object with an `id`
/// names the record for everything below it.
fn check_texts(file: &str, record: &str, path: &str, value: &Value, errors: &mut Vec<DataError>) {
    match value {
        Value::Object(map) => {
            // Paths are relative to the record, as in every other error.
            let (record, path) = match map.get("id").and_then(Value::as_str) {
                Some(id) => (id, ""),
                None => (record, path),
            };
            if map.contains_key("zh") || map.contains_key("en") {
                for lang in ["zh", "en"] {
                    let empty = map
                        .get(lang)
                        .and_then(Value::as_str)
                        .is_none_or(|text| text.trim().is_empty());
                    if empty {
                        let reason = format!("empty {lang} text");
                        errors.push(DataError::new(file, record, join(path, lang), reason));
                    }
                }
                return;
            }
            for (key, child) in map {
                check_texts(file, record, &join(path, key), child, errors);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                check_texts(file, record, &format!("{path}[{index}]"), child, errors);
            }
        }
        _ => {}
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The field a serde error is about, relative to its record. serde names a missing or
/// unknown field only in its message, so that name is appended to the path.
fn field_path(key: &str, path: &str, reason: &str) -> String {
    let named = ["missing field `", "unknown field `"]
        .iter()
        .find_map(|prefix| reason.strip_prefix(prefix))
        .and_then(|rest| rest.split('`').next());
    let base = if path == "." { "" } else { path };
    match (base, named) {
        ("", Some(name)) => name.to_string(),
        ("", None) => key.to_string(),
        (base, Some(name)) if !base.ends_with(name) => format!("{base}.{name}"),
        (base, _) => base.to_string(),
    }
}

/// A collection's record: its id, or `key[index]` when it has no usable id.
fn record_name(key: &str, index: usize, item: &Value) -> String {
    item.get("id")
        .and_then(Value::as_str)
        .map_or_else(|| format!("{key}[{index}]"), str::to_string)
}

struct FileReader<'a> {
    file: &'a str,
    object: &'a Map<String, Value>,
    errors: &'a mut Vec<DataError>,
}

impl FileReader<'_> {
    fn single<T: DeserializeOwned>(&mut self, key: &str) -> Option<T> {
        let value = self.object.get(key)?;
        self.record(key, key, value)
    }

    fn list<T: DeserializeOwned>(&mut self, key: &str) -> Vec<T> {
        let Some(value) = self.object.get(key) else {
            return Vec::new();
        };
        let Some(items) = value.as_array() else {
            self.errors
                .push(DataError::new(self.file, "-", key, "expected a list"));
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(index, item)| self.record(&record_name(key, index, item), key, item))
            .collect()
    }

    fn record<T: DeserializeOwned>(&mut self, record: &str, key: &str, value: &Value) -> Option<T> {
        match serde_path_to_error::deserialize(Strict(value)) {
            Ok(parsed) => Some(parsed),
            Err(err) => {
                let path = err.path().to_string();
                let reason = err.into_inner().to_string();
                let field = field_path(key, &path, &reason);
                self.errors
                    .push(DataError::new(self.file, record, field, reason));
                None
            }
        }
    }
}

/// Parses every file and validates the whole; `Err` carries every problem at once.
pub fn load_dataset<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Dataset, Vec<DataError>> {
    let mut dataset = Dataset::default();
    let mut errors = Vec::new();
    for (file, text) in files {
        errors.extend(parse_file(file, text, &mut dataset));
    }
    checked(dataset, errors)
}

/// The dataset once every file has gone through [`parse_file`] (with the errors they gave):
/// the cross-record checks, then the dataset or every error. The app calls the two steps
/// itself, to give the browser a turn between files (`api::load_all`).
pub fn checked(dataset: Dataset, mut errors: Vec<DataError>) -> Result<Dataset, Vec<DataError>> {
    // Cross-record checks run even after parse errors, so one pass shows everything.
    errors.extend(super::validate::validate(&dataset));
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

/// Reads [`DATA_FILES`] from `dir` and loads them (native tools: the data checker, the first
/// screen's generator). A file that cannot be read is an error of that file; the others are
/// still parsed and checked, so one run shows every problem.
pub fn load_dir(dir: &std::path::Path) -> Result<Dataset, Vec<DataError>> {
    let mut texts = Vec::new();
    let mut unreadable = Vec::new();
    for file in DATA_FILES {
        match std::fs::read_to_string(dir.join(file)) {
            Ok(text) => texts.push((file, text)),
            Err(err) => unreadable.push(DataError::new(
                file,
                "-",
                "-",
                format!("cannot read: {err}"),
            )),
        }
    }
    let loaded = load_dataset(texts.iter().map(|(file, text)| (*file, text.as_str())));
    match loaded {
        Ok(dataset) if unreadable.is_empty() => Ok(dataset),
        loaded => {
            unreadable.extend(loaded.err().unwrap_or_default());
            Err(unreadable)
        }
    }
}
