//! Suggestions after a miss: glossary terms and section titles that look like the query
//! (shared character bigrams, or an abbreviation one typo away), else the chapter titles.

use std::collections::HashSet;

use crate::i18n::Lang;

use super::index::Index;
use super::normalise::fold;
use super::{Hit, Suggestion, SuggestionSource};

const MAX_SUGGESTIONS: usize = 5;

/// Character bigrams of `text` without whitespace (single characters for one-char texts).
fn bigrams(text: &str) -> HashSet<(char, char)> {
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    match chars.len() {
        0 => HashSet::new(),
        1 => HashSet::from([(chars[0], ' ')]),
        _ => chars.windows(2).map(|w| (w[0], w[1])).collect(),
    }
}

/// Dice similarity of two texts' bigram sets, 0..=1.
fn dice(a: &HashSet<(char, char)>, b: &HashSet<(char, char)>) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(b).count() as f32 / (a.len() + b.len()) as f32
}

/// Levenshtein distance, for short strings only.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (diagonal + usize::from(ca != cb))
                .min(row[j + 1] + 1)
                .min(row[j] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

pub fn suggest(index: &Index, query: &str, hint: Lang) -> Vec<Suggestion> {
    let folded = fold(query.trim());
    let grams = bigrams(&folded);
    let mut scored: Vec<(f32, usize, Suggestion)> = Vec::new();
    for (order, doc) in index.docs.iter().enumerate() {
        let source = match &doc.hit {
            Hit::Term(id) => SuggestionSource::Term(id.clone()),
            Hit::Section(id) => SuggestionSource::Section(id.clone()),
            _ => continue,
        };
        let (forms, shown): (Vec<&str>, &str) = match (&source, hint) {
            (SuggestionSource::Term(_), _) => {
                let abbreviation = doc.title.en.split(" (").next().unwrap_or_default();
                (
                    vec![abbreviation, &doc.title.zh, &doc.title.en],
                    abbreviation,
                )
            }
            (SuggestionSource::Section(_), Lang::Zh) => {
                (vec![&doc.title.zh, &doc.title.en], &doc.title.zh)
            }
            (SuggestionSource::Section(_), Lang::En) => {
                (vec![&doc.title.zh, &doc.title.en], &doc.title.en)
            }
        };
        let mut score = forms
            .iter()
            .map(|form| dice(&grams, &bigrams(&fold(form))))
            .fold(0.0, f32::max);
        let abbreviation = fold(forms[0]);
        if matches!(source, SuggestionSource::Term(_))
            && folded.chars().count() <= 8
            && edits(&folded, &abbreviation) <= 1
        {
            score = score.max(0.9);
        }
        if score >= 0.25 {
            let suggestion = Suggestion {
                query: shown.to_string(),
                source,
            };
            scored.push((score, order, suggestion));
        }
    }
    if scored.is_empty() {
        // Nothing alike: offer the chapters, so a miss is never a dead end.
        return index
            .docs
            .iter()
            .filter_map(|doc| match &doc.hit {
                Hit::Section(id) if !id.contains('-') && id.starts_with('s') => Some(Suggestion {
                    query: match hint {
                        Lang::Zh => doc.title.zh.clone(),
                        Lang::En => doc.title.en.clone(),
                    },
                    source: SuggestionSource::Section(id.clone()),
                }),
                _ => None,
            })
            .take(MAX_SUGGESTIONS)
            .collect();
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .map(|(_, _, s)| s)
        .take(MAX_SUGGESTIONS)
        .collect()
}
