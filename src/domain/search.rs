//! Full-text search over case texts: case-insensitive; substring matching for Chinese
//! (and other CJK) terms, word-prefix matching for everything else. Highlights are byte
//! ranges on char boundaries of the original text, so views can split text into nodes.

use std::ops::Range;

/// One search term, lowercased.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    text: String,
    /// Contains CJK characters: match as a substring anywhere.
    substring: bool,
}

/// A parsed search: whitespace-separated terms that must all match (AND).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    terms: Vec<Term>,
}

/// Han, kana, hangul, CJK punctuation and full-width forms: scripts written without spaces.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF      // radicals
        | 0x3000..=0x303F    // CJK symbols and punctuation
        | 0x3040..=0x30FF    // hiragana, katakana
        | 0x3100..=0x31BF    // bopomofo
        | 0x3400..=0x4DBF    // extension A
        | 0x4E00..=0x9FFF    // unified ideographs
        | 0xAC00..=0xD7AF    // hangul
        | 0xF900..=0xFAFF    // compatibility ideographs
        | 0xFF00..=0xFFEF    // full-width forms
        | 0x20000..=0x2FA1F) // extensions B–F, compatibility supplement
}

/// A character that continues a (non-CJK) word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// Lowercases `text` (what every haystack and term goes through).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends the lowercased `text` to `out` (char by char, like [`fold`]).
pub fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Lowercases `text` and maps each byte of the result to the start of the original char.
/// The map has one extra entry, `text.len()`, for the end position.
fn fold_with_map(text: &str) -> (String, Vec<usize>) {
    let mut lower = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (start, c) in text.char_indices() {
        for lc in c.to_lowercase() {
            lower.push(lc);
            map.extend(std::iter::repeat_n(start, lc.len_utf8()));
        }
    }
    map.push(text.len());
    (lower, map)
}

/// True when byte `at` of the lowercased `hay` starts a word.
fn word_start(hay: &str, at: usize) -> bool {
    hay[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c))
}

impl Term {
    /// Byte ranges of every match in an already lowercased haystack.
    fn find_in<'a>(&'a self, hay: &'a str) -> impl Iterator<Item = Range<usize>> + 'a {
        hay.match_indices(self.text.as_str())
            .filter(move |(at, _)| self.substring || word_start(hay, *at))
            .map(|(at, found)| at..at + found.len())
    }

    fn matches(&self, hay: &str) -> bool {
        if self.substring {
            hay.contains(self.text.as_str())
        } else {
            self.find_in(hay).next().is_some()
        }
    }
}

impl Search {
    pub fn new(query: &str) -> Self {
        let mut terms: Vec<Term> = Vec::new();
        for word in query.split_whitespace() {
            let text = fold(word);
            if terms.iter().any(|term| term.text == text) {
                continue;
            }
            let substring = text.chars().any(is_cjk);
            terms.push(Term { text, substring });
        }
        Search { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Every term matches in at least one of the lowercased haystacks (see [`fold`]).
    pub fn matches_folded(&self, haystacks: &[&str]) -> bool {
        self.terms
            .iter()
            .all(|term| haystacks.iter().any(|hay| term.matches(hay)))
    }

    /// Convenience for tests and small inputs: folds the texts first.
    pub fn matches(&self, texts: &[&str]) -> bool {
        let folded: Vec<String> = texts.iter().map(|text| fold(text)).collect();
        let refs: Vec<&str> = folded.iter().map(String::as_str).collect();
        self.matches_folded(&refs)
    }

    /// Sorted, merged byte ranges of `text` that match any term; always on char boundaries.
    pub fn highlight(&self, text: &str) -> Vec<Range<usize>> {
        if self.terms.is_empty() || text.is_empty() {
            return Vec::new();
        }
        let (lower, map) = fold_with_map(text);
        let mut ranges: Vec<Range<usize>> = self
            .terms
            .iter()
            .flat_map(|term| term.find_in(&lower).collect::<Vec<_>>())
            .map(|found| {
                let start = map[found.start];
                // The end maps to the start of the char after the match; a match ending
                // inside one char's multi-char lowercase form ends at that char's start.
                let end = map[found.end];
                start..end
            })
            .filter(|range| !range.is_empty())
            .collect();
        ranges.sort_by_key(|range| (range.start, range.end));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for range in ranges {
            match merged.last_mut() {
                Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
                _ => merged.push(range),
            }
        }
        merged
    }
}

/// Splits `text` into (piece, highlighted) parts along `ranges` (from [`Search::highlight`]).
pub fn split<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<(&'a str, bool)> {
    let mut parts = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for range in ranges {
        let (Some(before), Some(hit)) = (text.get(at..range.start), text.get(range.clone())) else {
            continue;
        };
        if !before.is_empty() {
            parts.push((before, false));
        }
        parts.push((hit, true));
        at = range.end;
    }
    if let Some(rest) = text.get(at..) {
        if !rest.is_empty() {
            parts.push((rest, false));
        }
    }
    parts
}
