//! Every UI string key is used somewhere in `src/` (completeness — zh and en for each key —
//! is the `strings!` macro's job, at compile time).

use std::path::Path;

use bluebook::i18n::brief::BriefUi;
use bluebook::i18n::cases::CaseUi;
use bluebook::i18n::challenges::ChallengeUi;
use bluebook::i18n::cite::CiteUi;
use bluebook::i18n::embed::EmbedUi;
use bluebook::i18n::search::SearchUi;
use bluebook::i18n::strategy::StrategyUi;
use bluebook::i18n::Ui;

fn sources(dir: &Path, out: &mut String) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
        }
    }
}

#[test]
fn every_ui_string_key_is_used() {
    let mut code = String::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut code,
    );
    let tables: [(&str, &[&str]); 8] = [
        ("Ui", Ui::NAMES),
        ("CaseUi", CaseUi::NAMES),
        ("StrategyUi", StrategyUi::NAMES),
        ("ChallengeUi", ChallengeUi::NAMES),
        ("SearchUi", SearchUi::NAMES),
        ("EmbedUi", EmbedUi::NAMES),
        ("CiteUi", CiteUi::NAMES),
        ("BriefUi", BriefUi::NAMES),
    ];
    let unused: Vec<String> = tables
        .iter()
        .flat_map(|(table, names)| names.iter().map(move |name| format!("{table}::{name}")))
        .filter(|key| {
            // A key counts as used when code names it and the name is not part of a longer one.
            !code.match_indices(key.as_str()).any(|(at, _)| {
                !code[at + key.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
            })
        })
        .collect();
    assert!(
        unused.is_empty(),
        "unused UI strings:\n{}",
        unused.join("\n")
    );
}
