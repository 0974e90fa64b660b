//! The shape of `src/`: no import circle between files, and no file too long to read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// `src/pages/cases/mod.rs` → `pages::cases`; `src/domain/ids.rs` → `domain::ids`.
fn module_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).unwrap_or(file).with_extension("");
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .filter(|part| part != "mod" && part != "lib")
        .collect();
    parts.join("::")
}

/// Every `crate::a::b…` path a file names (in `use` lists too), as module paths.
fn crate_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let end = rest
            .find(|c: char| {
                !(c.is_alphanumeric()
                    || c == '_'
                    || c == ':'
                    || c == '{'
                    || c == ','
                    || c == ' '
                    || c == '\n')
            })
            .unwrap_or(rest.len());
        let path = &rest[..end];
        // `crate::domain::{a, b::C}` names `domain::a` and `domain::b::C`.
        match path.split_once('{') {
            Some((head, tail)) => {
                for item in tail.split(',') {
                    let item = item.trim().trim_end_matches('}');
                    if !item.is_empty() {
                        out.push(format!("{head}{item}").replace(' ', ""));
                    }
                }
            }
            None => out.push(path.trim().trim_end_matches("::").to_string()),
        }
    }
    out
}

/// The file module a path lands in: its longest prefix that is a file's module.
fn owner<'a>(path: &str, modules: &'a BTreeSet<String>) -> Option<&'a String> {
    let parts: Vec<&str> = path.split("::").collect();
    (1..=parts.len())
        .rev()
        .map(|n| parts[..n].join("::"))
        .find_map(|prefix| modules.get(&prefix))
}

/// `src/`, or another tree named by `ARCH_SRC` (to check the checker on an old tree).
fn src_dir() -> PathBuf {
    std::env::var_os("ARCH_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = src_dir();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.retain(|file| !file.starts_with(src.join("bin")) && !file.ends_with("main.rs"));
    let modules: BTreeSet<String> = files.iter().map(|file| module_of(&src, file)).collect();
    let mut edges = BTreeMap::new();
    for file in &files {
        let from = module_of(&src, file);
        let code = std::fs::read_to_string(file).unwrap_or_default();
        // A `mod.rs` that re-exports a child (`pub use model::*`) leads to that child.
        let reexports = code
            .lines()
            .filter_map(|line| line.trim().strip_prefix("pub use "))
            .filter_map(|rest| rest.split("::").next())
            .map(|child| format!("{from}::{child}"));
        // `use crate::pages;` then `pages::overview::OverviewPage` names `pages::overview`.
        let imported = crate_paths(&code);
        let through_alias: Vec<String> = imported
            .iter()
            .filter_map(|path| path.rsplit("::").next().map(|last| (path, last)))
            .flat_map(|(path, last)| {
                let prefix = path.strip_suffix(last).unwrap_or_default().to_string();
                crate_paths(
                    &code.replace(&format!("{last}::"), &format!("crate::{prefix}{last}::")),
                )
            })
            .collect();
        let targets: BTreeSet<String> = imported
            .into_iter()
            .chain(through_alias)
            .chain(reexports)
            .filter_map(|path| owner(&path, &modules))
            .filter(|to| **to != from && !to.is_empty())
            .cloned()
            .collect();
        edges.insert(from, targets);
    }
    edges
}

/// An import circle, if any, as the list of modules along it.
fn circle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_string());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, edges, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|start| visit(start, edges, &mut Vec::new(), &mut done))
}

#[test]
fn no_import_circle_among_src_files() {
    let edges = graph();
    assert!(edges.len() > 30, "only {} modules found", edges.len());
    let count: usize = edges.values().map(BTreeSet::len).sum();
    assert!(
        count > 50,
        "the walker sees only {count} `use crate::` edges"
    );
    if let Some(found) = circle(&edges) {
        panic!("import circle: {}", found.join(" → "));
    }
}

#[test]
fn the_walker_finds_a_circle_when_there_is_one() {
    let mut edges = graph();
    edges
        .entry("domain::model".to_string())
        .or_default()
        .insert("pages::overview".to_string());
    assert!(circle(&edges).is_some());
}

#[test]
fn no_file_in_src_is_over_500_lines() {
    let src = src_dir();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let lines = std::fs::read_to_string(file)
                .unwrap_or_default()
                .lines()
                .count();
            (lines > 500).then(|| format!("{}: {lines} lines", file.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "files over 500 lines:\n{}",
        long.join("\n")
    );
}
