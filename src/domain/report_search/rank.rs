//! Matching and ranking. Each term finds the fields it matches (with a quality); fields add
//! up to records; records are ranked by this key, best first:
//! 1. how many of the query's required terms they match (all, normally);
//! 2. exactness: the whole query as a phrase in one field (2) > every term in one field (1)
//!    > terms spread over fields (0) — an exact phrase outranks scattered terms;
//! 3. whether that best field is the title — a title match outranks a body match;
//! 4. for title matches, how much of the title the match covers (a title that *is* the query
//!    comes first);
//! 5. the summed match quality (stem 1.0, prefix 0.6, CJK bigram share × 0.8 × nearness), by
//!    field weight, raised a little by repeated mentions;
//! 6. how much of the best field the match covers;
//! 7. report order.

use std::cmp::Reverse;

use crate::i18n::Lang;

use super::index::{FxMap, Index};
use super::query::{parse, variants, Plan, TermKind};
use super::snippet::snippet;
use super::{Field, Group, Notice, SearchHit, SearchResult, MAX_HITS};

/// A term's match in one field: quality and how many tokens it covers.
#[derive(Debug, Clone, Copy)]
struct FieldMatch {
    field: u32,
    quality: f32,
    covered: u32,
    count: u32,
}

/// Bigrams needed for a partial CJK match of `bigrams` distinct bigrams.
fn needed(bigrams: usize) -> usize {
    if bigrams <= 4 {
        (bigrams * 3).div_ceil(5).max(2)
    } else {
        bigrams.div_ceil(2)
    }
}

/// Per field: (quality, covered tokens, occurrences), keeping the best quality.
type Matches = FxMap<u32, (f32, u32, u32)>;

fn add(map: &mut Matches, field: u32, quality: f32, covered: u32, count: u32) {
    let entry = map.entry(field).or_insert((0.0, 0, 0));
    entry.0 = entry.0.max(quality);
    entry.1 += covered;
    entry.2 += count;
}

fn cjk_matches(index: &Index, run: &[Option<u32>]) -> Matches {
    let mut map = FxMap::default();
    let n = run.len() as u32;
    // Exact: the whole run at consecutive positions.
    if let Some(Some(first)) = run.first() {
        for &(field, pos) in &index.postings[*first as usize] {
            let whole = run
                .iter()
                .enumerate()
                .skip(1)
                .all(|(k, id)| id.is_some() && index.token_at(field, pos as usize + k) == *id);
            if whole {
                add(&mut map, field, 1.0, n, 1);
            }
        }
    }
    if run.len() < 3 {
        return map;
    }
    // Partial: enough of the run's distinct character bigrams in one field.
    let mut bigrams: Vec<(u32, u32)> = run
        .windows(2)
        .filter_map(|w| Some((w[0]?, w[1]?)))
        .collect();
    bigrams.sort_unstable();
    bigrams.dedup();
    let total = run.len() - 1;
    let mut seen: FxMap<u32, Vec<(u32, u8)>> = FxMap::default();
    for (k, &(a, b)) in bigrams.iter().enumerate().take(64) {
        for &(field, pos) in &index.postings[a as usize] {
            if index.token_at(field, pos as usize + 1) == Some(b) {
                seen.entry(field).or_default().push((pos, k as u8));
            }
        }
    }
    for (field, mut hits) in seen {
        let (found, span) = closest(&mut hits);
        if found >= needed(total) && !map.contains_key(&field) {
            // Bigrams close together count more: a span of the run's length is best.
            let near = run.len() as f32 / span.max(run.len() as u32) as f32;
            let quality = 0.8 * found as f32 / total as f32 * (0.5 + 0.5 * near);
            add(
                &mut map,
                field,
                quality,
                found as u32 + 1,
                hits.len() as u32 / 2,
            );
        }
    }
    map
}

/// The most distinct bigrams (`k`) found together, and the smallest span (in tokens) that
/// holds that many, over occurrences `(position, k)`.
fn closest(hits: &mut [(u32, u8)]) -> (usize, u32) {
    hits.sort_unstable();
    let distinct = hits.iter().fold(0u64, |m, &(_, k)| m | 1 << k).count_ones() as usize;
    let mut counts = [0u32; 64];
    let (mut have, mut from, mut span) = (0, 0, u32::MAX);
    for to in 0..hits.len() {
        let k = hits[to].1 as usize;
        counts[k] += 1;
        have += usize::from(counts[k] == 1);
        while have == distinct {
            span = span.min(hits[to].0 + 2 - hits[from].0);
            let k = hits[from].1 as usize;
            counts[k] -= 1;
            have -= usize::from(counts[k] == 0);
            from += 1;
        }
    }
    (distinct, span)
}

fn term_matches(index: &Index, kind: &TermKind) -> Vec<FieldMatch> {
    let mut map: Matches = FxMap::default();
    match kind {
        TermKind::Word(ids) => {
            for &(id, quality) in ids {
                for &(field, _) in &index.postings[id as usize] {
                    add(&mut map, field, quality, 1, 1);
                }
            }
        }
        TermKind::Cjk(run) => map = cjk_matches(index, run),
        TermKind::Literal(text) => {
            let len = super::normalise::tokens(text).len().max(1) as u32;
            for (at, entry) in index.fields.iter().enumerate() {
                let count = entry.folded.text.matches(text.as_str()).count() as u32;
                if count > 0 {
                    add(&mut map, at as u32, 1.0, count * len, count);
                }
            }
        }
    }
    map.into_iter()
        .map(|(field, (quality, covered, count))| FieldMatch {
            field,
            quality,
            covered,
            count,
        })
        .collect()
}

/// True when the phrase stands at consecutive positions of `field`.
fn has_phrase(index: &Index, field: u32, phrase: &[Vec<u32>]) -> bool {
    let tokens = &index.fields[field as usize].tokens;
    if phrase.is_empty() || tokens.len() < phrase.len() {
        return false;
    }
    (0..=tokens.len() - phrase.len()).any(|start| {
        phrase
            .iter()
            .enumerate()
            .all(|(k, ids)| ids.binary_search(&tokens[start + k].0).is_ok())
    })
}

/// A field's key for picking the record's best field: (tier, terms, title, cover, in hint).
type FieldKey = (u8, u32, bool, u32, bool);

/// A record's rank key (see the module comment); larger is better.
pub type Key = (usize, u8, bool, u32, u32, u32, Reverse<u32>);

/// What one query variant found in one record.
#[derive(Debug, Clone)]
pub struct Found {
    pub doc: u32,
    pub key: Key,
    /// The field to show, and the terms (of `plan`) that matched there.
    pub field: u32,
    pub variant: usize,
}

#[derive(Default)]
struct RecordAcc {
    mask: u64,
    best: Vec<f32>,
    /// Occurrences of each term over the record.
    counts: Vec<u32>,
    /// field → (mask of terms, covered tokens)
    fields: FxMap<u32, (u64, u32)>,
}

/// Every record the plan matches, with its key.
fn find(index: &Index, plan: &Plan, variant: usize, hint: Lang) -> Vec<Found> {
    let terms = &plan.terms[..plan.terms.len().min(64)];
    let mut records: FxMap<u32, RecordAcc> = FxMap::default();
    for (t, term) in terms.iter().enumerate() {
        for m in term_matches(index, &term.kind) {
            let entry = &index.fields[m.field as usize];
            let acc = records.entry(entry.doc).or_default();
            acc.best.resize(terms.len(), 0.0);
            acc.counts.resize(terms.len(), 0);
            acc.counts[t] += m.count;
            acc.mask |= 1 << t;
            acc.best[t] = acc.best[t].max(m.quality * entry.field.weight());
            let field = acc.fields.entry(m.field).or_default();
            field.0 |= 1 << t;
            field.1 += m.covered;
        }
    }
    let required: u64 = terms
        .iter()
        .enumerate()
        .filter(|(_, t)| t.required)
        .fold(0, |mask, (t, _)| mask | 1 << t);
    records
        .into_iter()
        .filter_map(|(doc, acc)| {
            let matched = (acc.mask & required).count_ones() as usize;
            if matched == 0 {
                return None;
            }
            let mut best: Option<(FieldKey, u32)> = None;
            for (&field, &(mask, covered)) in &acc.fields {
                let entry = &index.fields[field as usize];
                let all = mask & required == acc.mask & required;
                let tier = if all && has_phrase(index, field, &plan.phrase) {
                    2
                } else {
                    u8::from(all)
                };
                let cover = (covered * 1000 / entry.tokens.len().max(1) as u32).min(1000);
                let terms = (mask & required).count_ones();
                let title = entry.field == Field::Title;
                let key = (tier, terms, title, cover, entry.lang == hint);
                if best.is_none_or(|(b, f)| key > b || (key == b && field < f)) {
                    best = Some((key, field));
                }
            }
            let ((tier, _, title, cover, _), field) = best?;
            let shown = snippet_field(index, &acc.fields, field, required, hint);
            let share = matched * 1000 / (required.count_ones() as usize).max(1);
            // Repeated mentions count a little (at most +50%).
            let score: f32 = acc
                .best
                .iter()
                .zip(&acc.counts)
                .map(|(best, &n)| best * (1.0 + 0.1 * (n.saturating_sub(1)).min(5) as f32))
                .sum();
            Some(Found {
                doc,
                key: (
                    share,
                    tier,
                    title,
                    if title { cover } else { 0 },
                    (score * 1000.0) as u32,
                    cover,
                    Reverse(doc),
                ),
                field: shown,
                variant,
            })
        })
        .collect()
}

/// The field to show: the best-ranked one, unless that is the title and a body field has as
/// many terms (then the title is shown anyway, and the body gives the matching sentence).
fn snippet_field(
    index: &Index,
    fields: &FxMap<u32, (u64, u32)>,
    best: u32,
    required: u64,
    hint: Lang,
) -> u32 {
    let entry = &index.fields[best as usize];
    if entry.field != Field::Title {
        return best;
    }
    let want = (fields[&best].0 & required).count_ones();
    fields
        .iter()
        .filter(|(&f, &(mask, _))| {
            index.fields[f as usize].field != Field::Title && (mask & required).count_ones() >= want
        })
        .max_by_key(|(&f, &(_, covered))| {
            let e = &index.fields[f as usize];
            (
                e.lang == hint,
                covered * 1000 / e.tokens.len().max(1) as u32,
                Reverse(f),
            )
        })
        .map_or(best, |(&f, _)| f)
}

/// Runs the query and its synonym variants; ranks, cuts and groups the records.
pub fn run(index: &Index, query: &str, hint: Lang) -> SearchResult {
    let mut result = SearchResult {
        query: query.to_string(),
        ..SearchResult::default()
    };
    let plans: Vec<Plan> = variants(index, query)
        .iter()
        .map(|v| parse(index, v))
        .collect();
    if plans[0].terms.is_empty() {
        return result;
    }
    // The best variant per record; matched counts compare as shares of each variant's terms.
    let mut best: FxMap<u32, (Found, usize)> = FxMap::default();
    for (v, plan) in plans.iter().enumerate() {
        for found in find(index, plan, v, hint) {
            let share = found.key.0;
            // A direct match beats a synonym's unless the synonym matches more or better.
            let rank = |f: &Found, share: usize| {
                let (_, tier, title, title_cover, score, cover, _) = f.key;
                (
                    share,
                    tier,
                    title,
                    Reverse(f.variant),
                    title_cover,
                    score,
                    cover,
                )
            };
            let better = best
                .get(&found.doc)
                .is_none_or(|(old, old_share)| rank(&found, share) > rank(old, *old_share));
            if better {
                best.insert(found.doc, (found, share));
            }
        }
    }
    let top_share = best.values().map(|(_, share)| *share).max().unwrap_or(0);
    let mut found: Vec<Found> = best
        .into_values()
        .filter(|(_, share)| *share == top_share)
        .map(|(found, _)| found)
        .collect();
    if top_share < 1000 && !found.is_empty() {
        let of = plans[0].required();
        result.notices.push(Notice::SomeWordsOnly {
            matched: (top_share * of).div_ceil(1000),
            of,
        });
    }
    found.sort_by_key(|f| Reverse(f.key));
    result.total = found.len();
    if found.len() > MAX_HITS {
        result
            .notices
            .push(Notice::Truncated { total: found.len() });
        found.truncate(MAX_HITS);
    }
    for (rank, f) in found.iter().enumerate() {
        let doc = &index.docs[f.doc as usize];
        let hit = SearchHit {
            hit: doc.hit.clone(),
            title: doc.title.clone(),
            context: doc.context.clone(),
            page: doc.page,
            snippet: snippet(index, f.field, &plans[f.variant]),
            rank,
            via_synonym: f.variant > 0,
        };
        let kind = hit.hit.kind();
        match result.groups.iter_mut().find(|g| g.kind == kind) {
            Some(group) => group.hits.push(hit),
            None => result.groups.push(Group {
                kind,
                hits: vec![hit],
            }),
        }
    }
    result
}

/// Every field of `doc` a term of `plan` matches, with the match byte ranges (folded text).
pub fn field_ranges(index: &Index, field: u32, plan: &Plan) -> Vec<(usize, usize)> {
    let entry = &index.fields[field as usize];
    let mut out = Vec::new();
    for term in plan.terms.iter().filter(|t| t.required) {
        match &term.kind {
            TermKind::Word(ids) => {
                let mut ids: Vec<u32> = ids.iter().map(|&(id, _)| id).collect();
                ids.sort_unstable();
                for &(id, s, e) in &entry.tokens {
                    if ids.binary_search(&id).is_ok() {
                        out.push((s as usize, e as usize));
                    }
                }
            }
            TermKind::Cjk(run) => cjk_ranges(entry, run, &mut out),
            TermKind::Literal(text) => {
                out.extend(
                    entry
                        .folded
                        .text
                        .match_indices(text.as_str())
                        .map(|(at, s)| (at, at + s.len())),
                );
            }
        }
    }
    out
}

/// Highlights of a CJK run: its exact occurrences, else every matching bigram.
fn cjk_ranges(
    entry: &super::index::FieldEntry,
    run: &[Option<u32>],
    out: &mut Vec<(usize, usize)>,
) {
    let toks = &entry.tokens;
    let span = |from: usize, len: usize| (toks[from].1 as usize, toks[from + len - 1].2 as usize);
    let at_pos = |pos: usize, part: &[Option<u32>]| {
        part.iter()
            .enumerate()
            .all(|(k, id)| id.is_some() && toks.get(pos + k).map(|t| Some(t.0)) == Some(*id))
    };
    let exact: Vec<usize> = (0..toks.len()).filter(|&p| at_pos(p, run)).collect();
    if !exact.is_empty() {
        out.extend(exact.into_iter().map(|p| span(p, run.len())));
        return;
    }
    for pair in run.windows(2) {
        out.extend(
            (0..toks.len())
                .filter(|&p| at_pos(p, pair))
                .map(|p| span(p, 2)),
        );
    }
}
