//! Query parsing: whitespace-separated chunks become terms (stemmed words, CJK runs, or
//! literal strings when a chunk has symbols), plus the whole query as a phrase; glossary
//! synonyms turn one query into a few variants.

use crate::i18n::Lang;

use super::index::Index;
use super::normalise::{fold, is_cjk_char, is_word_char, stem, tokens, TokenKind};

/// English words too common to require (still part of the phrase). Not "it": that is IT.
const STOPWORDS: [&str; 24] = [
    "a", "an", "and", "are", "as", "at", "by", "did", "do", "does", "for", "from", "how", "in",
    "is", "of", "on", "or", "the", "to", "was", "what", "which", "with",
];

/// How a term finds its matches.
#[derive(Debug, Clone, PartialEq)]
pub enum TermKind {
    /// Accepted token ids with their quality: the stem (1.0) and prefixes of it (0.6).
    Word(Vec<(u32, f32)>),
    /// A run of CJK characters (ids; `None` where the text never has that character).
    Cjk(Vec<Option<u32>>),
    /// A chunk with symbols: found as typed (after folding) in the folded text.
    Literal(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct QueryTerm {
    pub kind: TermKind,
    /// Stopwords are not required to match.
    pub required: bool,
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub terms: Vec<QueryTerm>,
    /// Accepted ids (sorted) at each position of the whole query read as one phrase; the last
    /// position also accepts prefixes (the word being typed). Empty when impossible.
    pub phrase: Vec<Vec<u32>>,
}

impl Plan {
    pub fn required(&self) -> usize {
        self.terms.iter().filter(|t| t.required).count()
    }
}

/// zh when the query has any CJK character, en otherwise.
pub fn guess_lang(query: &str) -> Lang {
    if query.chars().any(is_cjk_char) {
        Lang::Zh
    } else {
        Lang::En
    }
}

fn word_term(index: &Index, surface: &str) -> TermKind {
    let exact = index.id(&stem(surface));
    let mut ids: Vec<(u32, f32)> = exact.map(|id| (id, 1.0)).into_iter().collect();
    // One letter matches whole words only: as a prefix it would match half the text.
    if surface.len() < 2 {
        return TermKind::Word(ids);
    }
    for id in index.prefixed(surface) {
        if Some(id) != exact {
            ids.push((id, 0.6));
        }
    }
    TermKind::Word(ids)
}

/// True for a chunk that must be searched literally: it has a symbol that the tokeniser
/// does not drop (anything but word characters, CJK characters and joining '-' or ''').
fn is_literal(chunk: &str) -> bool {
    tokens(chunk).iter().any(|t| t.kind == TokenKind::Symbol)
}

pub fn parse(index: &Index, query: &str) -> Plan {
    let folded = fold(query);
    let mut plan = Plan::default();
    for chunk in folded.split_whitespace() {
        if is_literal(chunk) {
            plan.terms.push(QueryTerm {
                kind: TermKind::Literal(chunk.to_string()),
                required: true,
            });
            continue;
        }
        let toks = tokens(chunk);
        let mut at = 0;
        while at < toks.len() {
            let token = toks[at];
            if token.kind == TokenKind::Cjk {
                let mut end = at;
                while end < toks.len() && toks[end].kind == TokenKind::Cjk {
                    end += 1;
                }
                let run = toks[at..end]
                    .iter()
                    .map(|t| index.id(&chunk[t.start..t.end]))
                    .collect();
                plan.terms.push(QueryTerm {
                    kind: TermKind::Cjk(run),
                    required: true,
                });
                at = end;
                continue;
            }
            let surface = &chunk[token.start..token.end];
            plan.terms.push(QueryTerm {
                kind: word_term(index, surface),
                required: !STOPWORDS.contains(&surface),
            });
            at += 1;
        }
    }
    if plan.terms.iter().all(|t| !t.required) {
        plan.terms.iter_mut().for_each(|t| t.required = true);
    }
    plan.phrase = phrase(index, &folded);
    plan
}

/// The whole query as a sequence of accepted ids (see [`Plan::phrase`]).
fn phrase(index: &Index, folded: &str) -> Vec<Vec<u32>> {
    let toks = tokens(folded);
    let mut out = Vec::with_capacity(toks.len());
    for (at, token) in toks.iter().enumerate() {
        let surface = &folded[token.start..token.end];
        let mut ids: Vec<u32> = match token.kind {
            TokenKind::Word => index.id(&stem(surface)).into_iter().collect(),
            _ => index.id(surface).into_iter().collect(),
        };
        if token.kind == TokenKind::Word && at + 1 == toks.len() && surface.len() >= 2 {
            ids.extend(index.prefixed(surface));
        }
        if ids.is_empty() {
            return Vec::new();
        }
        ids.sort_unstable();
        out.push(ids);
    }
    out
}

/// True when `form` stands in `query` at `at` as a whole: not inside a longer word.
fn bounded(query: &str, at: usize, len: usize) -> bool {
    let before = query[..at].chars().next_back();
    let after = query[at + len..].chars().next();
    let ok = |c: Option<char>| c.is_none_or(|c| !is_word_char(c));
    ok(before) && ok(after)
}

/// The query and its glossary variants: each abbreviation in the query replaced by its
/// zh and en expansions, and each expansion by its abbreviation (at most 8 variants).
pub fn variants(index: &Index, query: &str) -> Vec<String> {
    let folded = fold(query);
    let mut out = vec![folded.clone()];
    for synonyms in &index.synonyms {
        for (which, form) in synonyms.forms.iter().enumerate() {
            // One-letter abbreviations (T) would fire inside too many queries.
            if form.chars().count() < 2 {
                continue;
            }
            let Some(at) = folded.find(form.as_str()) else {
                continue;
            };
            if !bounded(&folded, at, form.len()) {
                continue;
            }
            for (other, replacement) in synonyms.forms.iter().enumerate() {
                // An expansion is replaced by the abbreviation only, not by the other expansion.
                if other == which || (which > 0 && other > 0) {
                    continue;
                }
                let variant = format!(
                    "{} {replacement} {}",
                    &folded[..at],
                    &folded[at + form.len()..]
                );
                if !out.contains(&variant) && out.len() < 8 {
                    out.push(variant);
                }
            }
        }
    }
    out
}
