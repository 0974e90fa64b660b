//! The report's source text as the native tests read it: body lines, pages, footnotes,
//! and matching that tolerates the PDF extraction's spaces, line breaks and footnote markers.
#![allow(dead_code)]

use std::collections::BTreeMap;

/// The report's text, `../shared/seeds/…` beside the project.
pub fn text() -> String {
    super::read(&super::source_path())
}

/// The report's numbered footnote definitions, in order: number → (line index, first line of
/// text). A line defines footnote N when it starts with "N " and N is the next number expected,
/// so body lines that happen to start with a number are never taken for footnotes.
pub fn footnotes(text: &str) -> BTreeMap<u32, (usize, String)> {
    let mut notes = BTreeMap::new();
    let mut next = 1u32;
    for (index, line) in text.lines().enumerate() {
        let prefix = format!("{next} ");
        if let Some(rest) = line.trim_start().strip_prefix(&prefix) {
            notes.insert(next, (index, rest.trim().to_string()));
            next += 1;
        }
    }
    notes
}

/// The report's lines as body text: footnote definitions are dropped; lone footnote markers
/// are dropped too unless `keep_markers`. Yields (line index, text).
pub fn body_lines(text: &str, keep_markers: bool) -> Vec<(usize, &str)> {
    let definitions: Vec<usize> = footnotes(text).values().map(|(line, _)| *line).collect();
    text.lines()
        .enumerate()
        .filter(|(index, line)| {
            let line = line.trim();
            let lone_marker = !line.is_empty() && line.chars().all(|c| c.is_ascii_digit());
            !definitions.contains(index) && (keep_markers || !lone_marker)
        })
        .collect()
}

/// The report's body text with line breaks and white space removed.
pub fn normalised(keep_markers: bool) -> String {
    let text = text();
    body_lines(&text, keep_markers)
        .into_iter()
        .flat_map(|(_, line)| line.chars().filter(|c| !c.is_whitespace()))
        .collect()
}

fn without_space(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Matches `piece` in `source` at `start`, skipping digit runs of the source that the piece
/// does not have (footnote markers glued to the text). Returns the skipped runs as numbers, and
/// the run right after the match when the match ends on a non-digit.
fn match_at(source: &[char], start: usize, piece: &[char]) -> Option<Vec<u32>> {
    let mut skipped = Vec::new();
    let (mut at, mut wanted) = (start, 0);
    let mut run = String::new();
    while wanted < piece.len() {
        let got = *source.get(at)?;
        if got == piece[wanted] {
            if !run.is_empty() {
                skipped.push(std::mem::take(&mut run));
            }
            wanted += 1;
        } else if got.is_ascii_digit() && !piece[wanted].is_ascii_digit() {
            run.push(got);
        } else {
            return None;
        }
        at += 1;
    }
    if piece.last().is_some_and(|c| !c.is_ascii_digit()) {
        let trailing: String = source[at..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        let ends_word = source
            .get(at + trailing.len())
            .is_none_or(|c| !c.is_ascii_alphanumeric() && *c != '.' && *c != '%');
        if !trailing.is_empty() && ends_word {
            skipped.push(trailing);
        }
    }
    Some(skipped.iter().filter_map(|run| run.parse().ok()).collect())
}

/// Where `piece` (white space ignored) stands in `source`, with the footnote markers the
/// source carries inside or right after it; `None` when the report does not say it.
pub fn find(source: &str, piece: &str) -> Option<Vec<u32>> {
    let source: Vec<char> = source.chars().collect();
    let piece: Vec<char> = without_space(piece).chars().collect();
    let first = *piece.first()?;
    (0..source.len())
        .filter(|&start| source[start] == first)
        .find_map(|start| match_at(&source, start, &piece))
}

/// True when the report says `piece`, word for word.
pub fn says(source: &str, piece: &str) -> bool {
    find(source, piece).is_some()
}

/// The sentences of a zh text: split after 。！？；, each kept with its closing mark.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        current.push(c);
        if matches!(c, '。' | '！' | '？' | '；') {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.trim().is_empty() {
        out.push(current);
    }
    out
}

/// Letters only: no white space, digits (footnote markers) or punctuation.
pub fn is_letter(c: &char) -> bool {
    c.is_alphabetic()
}

/// The line indices where pages 2, 3, … begin: every line after the first that begins with a
/// single space.
fn page_starts(text: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(index, line)| *index > 0 && line.starts_with(' ') && !line.starts_with("  "))
        .map(|(index, _)| index)
        .collect()
}

/// The report's pages by DATA.md's convention: line 1 is page 1, and each later line that
/// begins with a single space starts the next page. Each page is body text, letters only.
pub fn pages() -> Vec<String> {
    let text = text();
    let starts = page_starts(&text);
    let mut pages = vec![String::new(); starts.len() + 1];
    for (index, line) in body_lines(&text, false) {
        let page = starts.partition_point(|start| *start <= index);
        pages[page].extend(line.chars().filter(is_letter));
    }
    pages
}

/// The page (1-based) on which each footnote is defined.
pub fn footnote_pages() -> BTreeMap<u32, usize> {
    let text = text();
    let starts = page_starts(&text);
    footnotes(&text)
        .into_iter()
        .map(|(number, (line, _))| (number, starts.partition_point(|start| *start <= line) + 1))
        .collect()
}
