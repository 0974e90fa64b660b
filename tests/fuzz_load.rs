//! Structured fuzzing of `load_dataset`: the real `data/*.json` trees, one node mutated per case.
//!
//! The mutator works on `serde_json::Value`, not on the model's Rust types, so it keeps
//! working when records gain fields or kinds. Text that no `Value` can hold (lone surrogate
//! escapes, duplicated keys, broken syntax, numbers out of range) is spliced into the printed
//! file in place of a marker string.
//!
//! The property (see docs/DATA.md, "Errors"):
//! - loading never panics and ends in `Ok` or in errors;
//! - every error names a data file, a record and a field; record `-` is for faults at the top
//!   level of a file only, and field `-` additionally for the file as a whole (malformed JSON
//!   outside any key, with line and column in the reason);
//! - when the mutation stands inside record R, at least one error names R's file, R (by its
//!   id, or `collection[index]` when the id is unusable; a nested record such as a measure's
//!   example may go by its own id) and a field starting with the mutated field's first step
//!   (`outcomes` for `outcomes[0].value`); an id changed to another valid id is exempt, as only
//!   the references to the old id break;
//! - mutations that always break the data (syntax, duplicated keys, lone surrogates, nesting,
//!   a change of JSON type, 1e400, a cut or emptied file) end in errors;
//! - no error message is longer than 2,000 bytes (a 10 MB value is not echoed).
//!
//! `cargo test` runs 2,000 seeded cases (two fixed-seed halves on two threads) and four fixed
//! 10 MB cases; `make fuzz` runs random seeds for `FUZZ_SECONDS` and prints the cases tried.

mod common;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use bluebook::domain::{load_dataset, DataError, DATA_FILES};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed, TestCaseError, TestError, TestRunner};
use serde_json::Value;

/// The seed and size of the run in `cargo test`.
const SEED: u64 = 20_261_130;
const SEEDED_CASES: u32 = 2_000;
/// The size of a "10 MB string".
const BIG: usize = 10 * 1024 * 1024;

/// Stands in for raw text in the printed file; never in real data.
const RAW_MARK: &str = "@@fuzz-raw@@";
const KEY_MARK: &str = "@@fuzz-key@@";

#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
}

#[derive(Debug, Clone)]
enum Mutation {
    /// Remove one key of the nearest object.
    DropKey,
    /// Remove one element of the nearest array.
    DropItem,
    /// Replace the node with a value of another JSON type.
    ChangeType(usize),
    /// A number out of every range: 1e400, 2^64 …
    HugeNumber(usize),
    /// "NaN" and friends, as strings.
    NanString(usize),
    /// A negative number.
    Negative(usize),
    /// Arrays or objects nested `depth` deep (serde_json stops at 128).
    DeepNest { depth: usize, objects: bool },
    /// A string of `bytes` bytes (10 MB now and then).
    BigString { bytes: usize },
    /// A string value with an invalid UTF-16 escape.
    LoneSurrogate(usize),
    /// An object key with an invalid UTF-16 escape.
    SurrogateKey(usize),
    /// A key repeated in its object.
    DuplicateKey { same_value: bool },
    /// Broken JSON text in place of the node.
    Syntax(usize),
    /// A number at the edge of a type's range, or a page outside the report.
    Boundary(usize),
    /// The printed file cut at the node's start, or another fault of the file as a whole.
    WholeFile(usize),
}

/// Values of each JSON type; `ChangeType` takes one whose type differs from the node's.
const CHANGES: [&str; 14] = [
    "null",
    "true",
    "false",
    "0",
    "7",
    "3.5",
    "\"NaN\"",
    "\"\"",
    "\"not an id\"",
    "[]",
    "[\"NaN\", \"NaN\"]",
    "[{}]",
    "{}",
    "{\"zh\": \"字\", \"en\": \"word\"}",
];
/// (text, always an error wherever it stands)
const HUGE: [(&str, bool); 6] = [
    ("1e400", true),
    ("-1e400", true),
    ("18446744073709551616", false),
    ("123456789012345678901234567890.5", false),
    ("1e-400", false),
    ("4294967296", false),
];
const NANS: [&str; 5] = ["NaN", "nan", "Infinity", "-Infinity", "1e400"];
const NEGATIVES: [&str; 4] = ["-1", "-0", "-0.5", "-4294967297"];
const SURROGATES: [&str; 5] = [
    r#""\ud800""#,
    r#""ab\udc00cd""#,
    r#""\ud800\u0041""#,
    r#""\udfff\ud800""#,
    r#""x\uD83D""#,
];
const BOUNDARY: [&str; 6] = ["0", "9999", "255", "256", "65536", "1.5"];
/// What becomes of the whole text: cut at the node, or one of these.
const WHOLE_FILE: [&str; 4] = ["", "\u{feff}", "[]", "{}"];
const SYNTAX: [&str; 13] = [
    "NaN",
    "Infinity",
    "'single'",
    "tru",
    "nul",
    "[1 2]",
    "{\"a\" 1}",
    "{\"a\": 1,}",
    "[1,]",
    "01",
    "+1",
    "\"\\x\"",
    "\"tab\there\"",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => Just(Mutation::DropKey),
        1 => Just(Mutation::DropItem),
        4 => (0..CHANGES.len()).prop_map(Mutation::ChangeType),
        2 => (0..HUGE.len()).prop_map(Mutation::HugeNumber),
        2 => (0..NANS.len()).prop_map(Mutation::NanString),
        1 => (0..NEGATIVES.len()).prop_map(Mutation::Negative),
        2 => (1usize..300, any::<bool>())
            .prop_map(|(depth, objects)| Mutation::DeepNest { depth, objects }),
        1 => prop_oneof![24 => 0usize..100_000, 1 => Just(BIG)]
            .prop_map(|bytes| Mutation::BigString { bytes }),
        2 => (0..SURROGATES.len()).prop_map(Mutation::LoneSurrogate),
        1 => (0..SURROGATES.len()).prop_map(Mutation::SurrogateKey),
        2 => any::<bool>().prop_map(|same_value| Mutation::DuplicateKey { same_value }),
        2 => (0..SYNTAX.len()).prop_map(Mutation::Syntax),
        1 => (0..BOUNDARY.len()).prop_map(Mutation::Boundary),
        1 => (0..=WHOLE_FILE.len()).prop_map(Mutation::WholeFile),
    ]
}

impl Mutation {
    fn name(&self) -> &'static str {
        match self {
            Mutation::DropKey => "drop key",
            Mutation::DropItem => "drop item",
            Mutation::ChangeType(_) => "change type",
            Mutation::HugeNumber(_) => "huge number",
            Mutation::NanString(_) => "NaN string",
            Mutation::Negative(_) => "negative",
            Mutation::DeepNest { depth, .. } if *depth > 128 => "nesting > 128",
            Mutation::DeepNest { .. } => "nesting <= 128",
            Mutation::BigString { bytes } if *bytes >= BIG => "10 MB string",
            Mutation::BigString { .. } => "long string",
            Mutation::LoneSurrogate(_) => "lone surrogate",
            Mutation::SurrogateKey(_) => "surrogate key",
            Mutation::DuplicateKey { .. } => "duplicate key",
            Mutation::Syntax(_) => "broken syntax",
            Mutation::Boundary(_) => "boundary number",
            Mutation::WholeFile(_) => "whole file",
        }
    }
}

/// One case: which file, which node (uniform over the file's nodes), which key or item, what.
#[derive(Debug, Clone)]
struct Plan {
    file: Index,
    node: Index,
    pick: Index,
    mutation: Mutation,
}

fn plan() -> impl Strategy<Value = Plan> {
    (any::<Index>(), any::<Index>(), any::<Index>(), mutation()).prop_map(
        |(file, node, pick, mutation)| Plan {
            file,
            node,
            pick,
            mutation,
        },
    )
}

struct Source {
    file: &'static str,
    tree: Value,
    /// Every node's path, the root first.
    nodes: Vec<Vec<Seg>>,
}

fn corpus() -> &'static [Source] {
    static CORPUS: OnceLock<Vec<Source>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        common::real_files()
            .into_iter()
            .map(|(file, text)| {
                let tree: Value = serde_json::from_str(&text).expect("real data is JSON");
                let mut nodes = Vec::new();
                collect(&tree, &mut Vec::new(), &mut nodes);
                Source { file, tree, nodes }
            })
            .collect()
    })
}

fn real_texts() -> &'static [(&'static str, String)] {
    static TEXTS: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    TEXTS.get_or_init(common::real_files)
}

fn collect(value: &Value, path: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
    out.push(path.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                path.push(Seg::Key(key.clone()));
                collect(child, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                path.push(Seg::Index(index));
                collect(child, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn get<'a>(value: &'a Value, path: &[Seg]) -> Option<&'a Value> {
    path.iter().try_fold(value, |node, seg| match seg {
        Seg::Key(key) => node.get(key),
        Seg::Index(index) => node.get(index),
    })
}

fn get_mut<'a>(value: &'a mut Value, path: &[Seg]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |node, seg| match seg {
        Seg::Key(key) => node.get_mut(key),
        Seg::Index(index) => node.get_mut(index),
    })
}

/// A mutated file, ready to load with the other real files.
#[derive(Debug)]
struct Mutated {
    file: &'static str,
    text: String,
    /// Where the mutation stands: the node replaced, or the key or item dropped/duplicated.
    at: Vec<Seg>,
    /// The tree after the mutation (markers where raw text goes), to know record ids.
    tree: Value,
    must_fail: bool,
}

fn type_of(value: &Value) -> u8 {
    match value {
        Value::Null => 0,
        Value::Bool(_) => 1,
        Value::Number(_) => 2,
        Value::String(_) => 3,
        Value::Array(_) => 4,
        Value::Object(_) => 5,
    }
}

fn nested(depth: usize, objects: bool) -> String {
    let (open, close) = if objects {
        ("{\"a\": ", "}")
    } else {
        ("[", "]")
    };
    format!("{}1{}", open.repeat(depth), close.repeat(depth))
}

/// The nearest ancestor-or-self of `path` that is an object (or array) with a child.
fn nearest(tree: &Value, path: &[Seg], object: bool) -> Option<Vec<Seg>> {
    (0..=path.len()).rev().map(|n| &path[..n]).find_map(|p| {
        let node = get(tree, p)?;
        let fits = match node {
            Value::Object(map) => object && !map.is_empty(),
            Value::Array(items) => !object && !items.is_empty(),
            _ => false,
        };
        fits.then(|| p.to_vec())
    })
}

fn apply(plan: &Plan) -> Mutated {
    let sources = corpus();
    let source = &sources[plan.file.index(sources.len())];
    let path = source.nodes[plan.node.index(source.nodes.len())].clone();
    mutate(source, path, |len| plan.pick.index(len), &plan.mutation)
}

/// Applies `mutation` at `path` of `source`; `pick(len)` chooses a key or an item.
fn mutate(
    source: &Source,
    mut path: Vec<Seg>,
    pick: impl Fn(usize) -> usize,
    mutation: &Mutation,
) -> Mutated {
    let mut tree = source.tree.clone();
    let original = get(&tree, &path).cloned().unwrap_or(Value::Null);
    // Raw text for RAW_MARK (a value) or KEY_MARK (a key).
    let mut raw: Option<String> = None;
    let mut raw_key: Option<String> = None;
    let mut must_fail = false;
    let mut replacement: Option<Value> = None;
    match mutation {
        Mutation::DropKey | Mutation::DropItem => {
            let object = matches!(mutation, Mutation::DropKey);
            let target = nearest(&tree, &path, object)
                .or_else(|| nearest(&tree, &path, true))
                .unwrap_or_default();
            match get_mut(&mut tree, &target) {
                Some(Value::Object(map)) => {
                    let key = map.keys().nth(pick(map.len())).cloned().unwrap_or_default();
                    map.remove(&key);
                    path = target;
                    path.push(Seg::Key(key));
                }
                Some(Value::Array(items)) => {
                    items.remove(pick(items.len()));
                    path = target;
                }
                _ => {}
            }
        }
        Mutation::ChangeType(start) => {
            // The first value of another type, from `start` on.
            let changed = (0..CHANGES.len())
                .map(|i| CHANGES[(start + i) % CHANGES.len()])
                .filter_map(|text| serde_json::from_str::<Value>(text).ok())
                .find(|value| type_of(value) != type_of(&original))
                .unwrap_or(Value::Null);
            replacement = Some(changed);
            must_fail = true;
        }
        Mutation::HugeNumber(i) => {
            let (text, fails) = HUGE[*i];
            raw = Some(text.to_string());
            must_fail = fails;
        }
        Mutation::NanString(i) => {
            replacement = Some(Value::String(NANS[*i].to_string()));
            must_fail = original.is_number();
        }
        Mutation::Negative(i) => raw = Some(NEGATIVES[*i].to_string()),
        Mutation::DeepNest { depth, objects } => {
            raw = Some(nested(*depth, *objects));
            must_fail = true;
        }
        Mutation::BigString { bytes } => {
            // Upper case and spaces: never a valid id, so an id changed to it is an error.
            let text = "Ab 字".repeat(bytes / "Ab 字".len() + 1);
            replacement = Some(Value::String(text));
        }
        Mutation::LoneSurrogate(i) => {
            raw = Some(SURROGATES[*i].to_string());
            must_fail = true;
        }
        Mutation::SurrogateKey(_) | Mutation::DuplicateKey { .. } => {
            let target = nearest(&tree, &path, true).unwrap_or_default();
            if let Some(Value::Object(map)) = get_mut(&mut tree, &target) {
                let key = map.keys().nth(pick(map.len())).cloned().unwrap_or_default();
                let value = map.get(&key).cloned().unwrap_or(Value::Null);
                path = target;
                match mutation {
                    Mutation::SurrogateKey(i) => {
                        map.insert(KEY_MARK.to_string(), value);
                        let raw = SURROGATES[*i];
                        raw_key = Some(raw.to_string());
                        path.push(Seg::Key(raw.trim_matches('"').to_string()));
                    }
                    _ => {
                        let same = matches!(mutation, Mutation::DuplicateKey { same_value: true });
                        let value = if same { value } else { Value::Bool(true) };
                        map.insert(KEY_MARK.to_string(), value);
                        raw_key = Some(serde_json::to_string(&key).unwrap_or_default());
                        path.push(Seg::Key(key));
                    }
                }
                must_fail = true;
            }
        }
        Mutation::Syntax(i) => {
            raw = Some(SYNTAX[*i].to_string());
            must_fail = true;
        }
        Mutation::Boundary(i) => raw = Some(BOUNDARY[*i].to_string()),
        Mutation::WholeFile(_) => {
            // Cut just before the node, or replaced below: a fault of the file, not a record.
            replacement = Some(Value::String(RAW_MARK.to_string()));
            must_fail = true;
        }
    }
    if raw.is_some() {
        replacement = Some(Value::String(RAW_MARK.to_string()));
    }
    if let Some(value) = replacement {
        if let Some(node) = get_mut(&mut tree, &path) {
            *node = value;
        }
    }
    let mut text = serde_json::to_string_pretty(&tree).expect("print JSON");
    if let Some(raw) = raw {
        text = text.replacen(&format!("\"{RAW_MARK}\""), &raw, 1);
    }
    if let Some(raw_key) = raw_key {
        text = text.replacen(&format!("\"{KEY_MARK}\""), &raw_key, 1);
    }
    if let Mutation::WholeFile(i) = *mutation {
        text = match WHOLE_FILE.get(i) {
            Some(&"\u{feff}") => format!("\u{feff}{}", real_text(source.file)),
            Some(other) => (*other).to_string(),
            None => {
                let cut = text.find(&format!("\"{RAW_MARK}")).unwrap_or(text.len());
                text[..cut].to_string()
            }
        };
        path.clear();
    }
    Mutated {
        file: source.file,
        text,
        at: path,
        tree,
        must_fail,
    }
}

fn real_text(file: &str) -> &'static str {
    real_texts()
        .iter()
        .find(|(name, _)| *name == file)
        .map_or("", |(_, text)| text.as_str())
}

fn load(mutated: &Mutated) -> Result<(), Vec<DataError>> {
    let texts = real_texts().iter().map(|(file, text)| {
        if *file == mutated.file {
            (*file, mutated.text.as_str())
        } else {
            (*file, text.as_str())
        }
    });
    load_dataset(texts).map(|_| ())
}

fn render(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Seg::Index(index) => out.push_str(&format!("[{index}]")),
        }
    }
    out
}

/// Errors cut a long name (a 10 MB id) to its first characters and `…`.
fn same_record(name: &str, record: &str) -> bool {
    match record.split_once('…') {
        Some((start, _)) if record.ends_with("bytes in all)") => name.starts_with(start),
        _ => name == record,
    }
}

/// The first step of a field path: `outcomes` of `outcomes[0].value`.
fn head(field: &str) -> &str {
    field.split(['.', '[']).next().unwrap_or(field)
}

/// The names a record inside which `at` stands may go by, each with the path of `at`
/// relative to it: the collection's record (id or `key[index]`), nested records with an id
/// (a measure's examples), or a single record such as `edition`. Empty for top-level places.
fn record_names(tree: &Value, at: &[Seg]) -> Vec<(String, Vec<Seg>)> {
    let mut names = Vec::new();
    let start = match at {
        [Seg::Key(key), Seg::Index(index), ..] => {
            names.push((format!("{key}[{index}]"), at[2..].to_vec()));
            2
        }
        [Seg::Key(key), _, ..] => {
            names.push((key.clone(), at[1..].to_vec()));
            1
        }
        _ => return names,
    };
    for n in start..=at.len() {
        if let Some(id) = get(tree, &at[..n])
            .and_then(|node| node.get("id"))
            .and_then(Value::as_str)
        {
            names.push((id.to_string(), at[n..].to_vec()));
        }
    }
    names
}

/// An id changed to another valid id breaks only the references to the old one, and those
/// errors name the referring records instead.
fn renamed(mutated: &Mutated) -> bool {
    matches!(mutated.at.last(), Some(Seg::Key(key)) if key == "id")
        && get(&mutated.tree, &mutated.at)
            .and_then(Value::as_str)
            .is_some_and(|id| {
                !id.is_empty()
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            })
}

/// Every error names file, record and field; `-` only where the fault is at the top.
fn check_error(error: &DataError) -> Result<(), String> {
    let shown = error.to_string();
    if shown.len() > 2_000 {
        return Err(format!(
            "error message of {} bytes: {}…",
            shown.len(),
            shown.chars().take(200).collect::<String>()
        ));
    }
    if !DATA_FILES.contains(&error.file.as_str()) {
        return Err(format!("no data file: {shown}"));
    }
    if error.record.is_empty() || error.field.is_empty() || error.reason.is_empty() {
        return Err(format!("empty part: {error:?}"));
    }
    if error.record == "-" && error.field != "-" && error.field.contains(['.', '[']) {
        return Err(format!("a nested field without a record: {shown}"));
    }
    if error.field == "-" {
        let file_level = error.record == "-"
            && ((error.reason.contains("line") && error.reason.contains("column"))
                || error.reason == "the file must hold one JSON object");
        if !file_level {
            return Err(format!("an error without a field: {shown}"));
        }
    }
    Ok(())
}

/// The property, as a message when it fails.
fn check(mutated: &Mutated, result: &Result<(), Vec<DataError>>) -> Result<(), String> {
    let errors = match result {
        Ok(()) if mutated.must_fail => {
            return Err(format!(
                "accepted a mutation that must fail at {} of {}",
                render(&mutated.at),
                mutated.file
            ))
        }
        Ok(()) => return Ok(()),
        Err(errors) => errors,
    };
    if errors.is_empty() {
        return Err("Err without errors".into());
    }
    for error in errors {
        check_error(error)?;
    }
    let names = record_names(&mutated.tree, &mutated.at);
    if names.is_empty() || renamed(mutated) {
        return Ok(());
    }
    let named = errors.iter().any(|error| {
        error.file == mutated.file
            && error.field != "-"
            && names.iter().any(|(name, rest)| {
                let field = render(rest);
                same_record(name, &error.record)
                    && (field.is_empty() || head(&error.field) == head(&field))
            })
    });
    if named {
        Ok(())
    } else {
        let shown: Vec<String> = errors
            .iter()
            .take(8)
            .map(|e| e.to_string().chars().take(300).collect())
            .collect();
        Err(format!(
            "no error names {} record {:?} field {}; got:\n  {}",
            mutated.file,
            names
                .iter()
                .map(|(name, _)| name.chars().take(60).collect::<String>())
                .collect::<Vec<_>>(),
            render(&mutated.at),
            shown.join("\n  ")
        ))
    }
}

/// Cases tried by this process, shrinking steps included.
static TRIED: AtomicU64 = AtomicU64::new(0);
/// Per kind of mutation: cases that loaded `Ok`, and cases that ended in errors.
static OUTCOMES: Mutex<BTreeMap<&'static str, [u64; 2]>> = Mutex::new(BTreeMap::new());

fn run_case(plan: Plan) -> Result<(), TestCaseError> {
    TRIED.fetch_add(1, Ordering::Relaxed);
    let mutated = apply(&plan);
    let result = load(&mutated);
    if let Ok(mut outcomes) = OUTCOMES.lock() {
        outcomes.entry(plan.mutation.name()).or_default()[usize::from(result.is_err())] += 1;
    }
    check(&mutated, &result).map_err(TestCaseError::fail)
}

/// The outcomes so far, one kind of mutation a line.
fn outcomes() -> String {
    let outcomes = OUTCOMES.lock().map(|o| o.clone()).unwrap_or_default();
    outcomes
        .iter()
        .map(|(name, [ok, err])| {
            format!(
                "  {name:<15} {:>6} cases: {ok:>6} ok, {err:>6} errors",
                ok + err
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn config(cases: u32, seed: u64) -> Config {
    Config {
        cases,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(seed),
        max_shrink_iters: 256,
        ..Config::default()
    }
}

fn run(cases: u32, seed: u64) -> Result<(), String> {
    let mut runner = TestRunner::new(config(cases, seed));
    match runner.run(&plan(), run_case) {
        Ok(()) => Ok(()),
        Err(TestError::Fail(reason, plan)) => Err(format!(
            "seed {seed}: {reason}\nminimal case: {plan:?}\nmutated: {}",
            {
                let mutated = apply(&plan);
                format!("{} at {}", mutated.file, render(&mutated.at))
            }
        )),
        Err(TestError::Abort(reason)) => Err(format!("seed {seed}: aborted: {reason}")),
    }
}

#[test]
fn the_real_data_loads() {
    let result = load_dataset(real_texts().iter().map(|(f, t)| (*f, t.as_str())));
    assert!(result.is_ok(), "{:?}", result.err());
    // Printing the untouched tree loads too, so the mutator's printing is not a mutation.
    for source in corpus() {
        let mutated = Mutated {
            file: source.file,
            text: serde_json::to_string_pretty(&source.tree).expect("print JSON"),
            at: Vec::new(),
            tree: source.tree.clone(),
            must_fail: false,
        };
        assert!(load(&mutated).is_ok(), "{}", source.file);
    }
}

/// 10 MB strings in a few fixed places, so every seeded run has some (each takes a while).
#[test]
fn ten_megabyte_strings_end_in_ok_or_specific_errors() {
    let places: [(&str, &[&str]); 4] = [
        ("cases.json", &["cases", "0", "title", "zh"]),
        ("cases.json", &["cases", "1", "id"]),
        ("indicators.json", &["indicators", "0", "metric", "value"]),
        ("glossary.json", &["terms", "2", "abbreviation"]),
    ];
    for (file, steps) in places {
        let source = corpus()
            .iter()
            .find(|source| source.file == file)
            .expect("a data file");
        let path: Vec<Seg> = steps
            .iter()
            .map(|step| match step.parse::<usize>() {
                Ok(index) => Seg::Index(index),
                Err(_) => Seg::Key((*step).to_string()),
            })
            .collect();
        assert!(
            get(&source.tree, &path).is_some(),
            "{file} has no {steps:?}"
        );
        let mutated = mutate(source, path, |_| 0, &Mutation::BigString { bytes: BIG });
        assert!(
            mutated.text.len() > BIG,
            "{file}: {} bytes",
            mutated.text.len()
        );
        let result = load(&mutated);
        if let Err(failure) = check(&mutated, &result) {
            panic!("{file} {steps:?}: {failure}");
        }
    }
}

#[test]
fn seeded_mutations_end_in_ok_or_specific_errors() {
    let started = Instant::now();
    // Two seeded halves side by side: the same 2,000 cases every run, in half the time.
    let failures: Vec<String> = std::thread::scope(|scope| {
        let halves: Vec<_> = [SEED, SEED + 1]
            .into_iter()
            .map(|seed| scope.spawn(move || run(SEEDED_CASES / 2, seed)))
            .collect();
        halves
            .into_iter()
            .filter_map(|half| match half.join() {
                Ok(result) => result.err(),
                Err(_) => Some("a runner panicked outside a case".to_string()),
            })
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    eprintln!(
        "fuzz_load: {SEEDED_CASES} seeded cases in {:.1} s\n{}",
        started.elapsed().as_secs_f64(),
        outcomes()
    );
}

/// The run behind `make fuzz`: random seeds for `FUZZ_SECONDS` (300 by default).
#[test]
#[ignore = "long run: make fuzz"]
fn fuzz_for_a_while() {
    let seconds = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(300);
    let budget = Duration::from_secs(seconds);
    let started = Instant::now();
    let mut seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(SEED, |d| d.as_secs() ^ u64::from(d.subsec_nanos()))
        });
    let batch = 100;
    let mut failures = Vec::new();
    let before = TRIED.load(Ordering::Relaxed);
    println!("fuzz: {seconds} s from seed {seed}, {batch} cases a seed");
    loop {
        if let Err(failure) = run(batch, seed) {
            println!("FAILURE {failure}\n");
            failures.push(seed);
        }
        seed = seed.wrapping_add(1);
        if started.elapsed() >= budget {
            break;
        }
    }
    println!("{}", outcomes());
    println!(
        "fuzz: tried {} cases in {:.0} s, {} failing seed(s){}",
        TRIED.load(Ordering::Relaxed) - before,
        started.elapsed().as_secs_f64(),
        failures.len(),
        if failures.is_empty() {
            String::new()
        } else {
            format!(" {failures:?}: rerun one with FUZZ_SEED=<seed> FUZZ_SECONDS=0 make fuzz")
        }
    );
    assert!(failures.is_empty(), "fuzzing found failures");
}
