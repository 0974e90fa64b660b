//! The matching sentence of a hit: the sentence of the best field holding the first match,
//! cut to a window around it when long, with the matches as byte ranges on char boundaries.

use std::ops::Range;

use super::index::Index;
use super::query::Plan;
use super::rank::field_ranges;
use super::Snippet;

/// Longest snippet, in characters, before it is cut around the first match.
const WINDOW_CHARS: usize = 120;
const ELLIPSIS: &str = "…";

/// True at a sentence end: Chinese 。！？； always, ". ! ? ;" when a space follows.
fn ends_sentence(text: &str, at: usize, c: char) -> bool {
    match c {
        '。' | '！' | '？' | '；' | '\n' => true,
        '.' | '!' | '?' | ';' => text[at + 1..].starts_with(' ') || at + 1 == text.len(),
        _ => false,
    }
}

/// The byte range of the sentence of `text` around byte `at`.
fn sentence(text: &str, at: usize) -> Range<usize> {
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if ends_sentence(text, i, c) {
            let end = i + c.len_utf8();
            if end > at {
                return start..end;
            }
            start = end;
        }
    }
    start..text.len()
}

/// Merges sorted ranges that touch or overlap.
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges.into_iter().filter(|r| !r.is_empty()) {
        match out.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => out.push(range),
        }
    }
    out
}

/// The byte offset `chars` characters before (negative) or after `at`, clamped to the text.
fn step(text: &str, at: usize, chars: isize) -> usize {
    if chars < 0 {
        text[..at]
            .char_indices()
            .rev()
            .nth((-chars - 1) as usize)
            .map_or(0, |(i, _)| i)
    } else {
        text[at..]
            .char_indices()
            .nth(chars as usize)
            .map_or(text.len(), |(i, _)| at + i)
    }
}

/// Cuts `text[range]` to at most [`WINDOW_CHARS`] around byte `focus`.
fn window(text: &str, range: Range<usize>, focus: usize) -> Range<usize> {
    let chars = text[range.clone()].chars().count();
    if chars <= WINDOW_CHARS {
        return range;
    }
    let start = step(text, focus, -(WINDOW_CHARS as isize / 4)).max(range.start);
    let end = step(text, start, WINDOW_CHARS as isize).min(range.end);
    start..end
}

/// The snippet of `field` for the terms of `plan`.
pub fn snippet(index: &Index, field: u32, plan: &Plan) -> Snippet {
    let entry = &index.fields[field as usize];
    let original = entry.original.as_str();
    let ranges = merge(
        field_ranges(index, field, plan)
            .into_iter()
            .map(|(s, e)| {
                let (from, to) = entry.folded.original(s, e);
                from..to
            })
            .collect(),
    );
    // The sentence with the most different matched words; the first of those.
    let mut best: Option<(usize, Range<usize>, usize)> = None;
    for range in &ranges {
        let found = sentence(original, range.start);
        let mut words: Vec<&str> = ranges
            .iter()
            .filter(|r| r.start >= found.start && r.end <= found.end)
            .map(|r| &original[r.clone()])
            .collect();
        words.sort_unstable();
        words.dedup();
        if best.as_ref().is_none_or(|(n, _, _)| words.len() > *n) {
            best = Some((words.len(), found, range.start));
        }
    }
    let (_, sentence, focus) = best.unwrap_or((0, sentence(original, 0), 0));
    let cut = window(original, sentence.start..sentence.end, focus);
    let lead = if cut.start > sentence.start {
        ELLIPSIS
    } else {
        ""
    };
    let tail = if cut.end < sentence.end { ELLIPSIS } else { "" };
    let body = original[cut.clone()].trim_end();
    let trimmed = body.trim_start();
    let skip = body.len() - trimmed.len();
    let base = cut.start + skip;
    let text = format!("{lead}{trimmed}{tail}");
    let highlights = ranges
        .into_iter()
        .filter_map(|r| {
            let start = r.start.max(base);
            let end = r.end.min(base + trimmed.len());
            (start < end).then(|| start - base + lead.len()..end - base + lead.len())
        })
        .collect();
    Snippet {
        field: entry.field,
        lang: entry.lang,
        text,
        highlights,
    }
}
