//! "Ask the report": one search over every record the report has, in Chinese and English.
//!
//! [`ReportIndex::new`] walks the dataset once (records, quotes, footnotes, metrics) into an
//! inverted index of stemmed words, CJK characters and symbols. [`ReportIndex::search`] then
//! matches Chinese by substring or character bigrams (大模型客服 finds 大模型…智能客服),
//! English by stem or prefix (case- and accent-insensitive), symbols literally, expands
//! glossary abbreviations both ways (GenAI ↔ 生成式人工智能), ranks, groups by kind and
//! cuts the matching sentence with highlight byte ranges. Pure Rust: no web-sys.

mod index;
pub mod judge;
mod normalise;
mod query;
mod rank;
mod records;
mod snippet;
mod suggest;

use std::ops::Range;

use crate::domain::ids::*;
use crate::domain::model::{Dataset, TierId};
pub use crate::i18n::Lang;

pub use normalise::{fold, stem};

/// The longest query searched, in characters; longer input is cut with [`Notice::Cut`].
pub const MAX_QUERY_CHARS: usize = 200;
/// The most hits a search returns (all groups together); the rest are counted in `total`.
pub const MAX_HITS: usize = 100;

/// Which list of an operator a fact stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FactList {
    Models,
    Platforms,
    ComputeLayouts,
    OrgMoves,
}

impl FactList {
    pub fn key(self) -> &'static str {
        match self {
            FactList::Models => "models",
            FactList::Platforms => "platforms",
            FactList::ComputeLayouts => "compute_layouts",
            FactList::OrgMoves => "org_moves",
        }
    }
}

/// A reference to one record of the report; the UI turns it into a route.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Hit {
    Indicator(IndicatorId),
    Finding(FindingId),
    Tier(TierId),
    Axis(AxisId),
    Operator(OperatorId),
    OperatorFact {
        operator: OperatorId,
        list: FactList,
        index: usize,
    },
    Measure(MeasureId),
    Example(ExampleId),
    Case(CaseId),
    Challenge(ChallengeId),
    Recommendation(RecommendationId),
    Term(TermId),
    Section(SectionId),
}

/// The kinds of record, in the order groups fall back to on equal rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HitKind {
    Section,
    Indicator,
    Finding,
    Axis,
    Tier,
    Operator,
    OperatorFact,
    Measure,
    Example,
    Case,
    Challenge,
    Recommendation,
    Term,
}

impl HitKind {
    /// A stable key for i18n and tests: `case`, `fact`, `section` …
    pub fn key(self) -> &'static str {
        match self {
            HitKind::Section => "section",
            HitKind::Indicator => "indicator",
            HitKind::Finding => "finding",
            HitKind::Axis => "axis",
            HitKind::Tier => "tier",
            HitKind::Operator => "operator",
            HitKind::OperatorFact => "fact",
            HitKind::Measure => "measure",
            HitKind::Example => "example",
            HitKind::Case => "case",
            HitKind::Challenge => "challenge",
            HitKind::Recommendation => "recommendation",
            HitKind::Term => "term",
        }
    }
}

impl Hit {
    pub fn kind(&self) -> HitKind {
        match self {
            Hit::Indicator(_) => HitKind::Indicator,
            Hit::Finding(_) => HitKind::Finding,
            Hit::Tier(_) => HitKind::Tier,
            Hit::Axis(_) => HitKind::Axis,
            Hit::Operator(_) => HitKind::Operator,
            Hit::OperatorFact { .. } => HitKind::OperatorFact,
            Hit::Measure(_) => HitKind::Measure,
            Hit::Example(_) => HitKind::Example,
            Hit::Case(_) => HitKind::Case,
            Hit::Challenge(_) => HitKind::Challenge,
            Hit::Recommendation(_) => HitKind::Recommendation,
            Hit::Term(_) => HitKind::Term,
            Hit::Section(_) => HitKind::Section,
        }
    }

    /// `kind:id`, e.g. `case:diting-customer-service-agent`, `fact:ntt/compute_layouts/0`
    /// (the form `tests/search_queries.tsv` uses).
    pub fn key(&self) -> String {
        let id: String = match self {
            Hit::Indicator(id) => id.to_string(),
            Hit::Finding(id) => id.to_string(),
            Hit::Tier(id) => id.key().to_string(),
            Hit::Axis(id) => id.to_string(),
            Hit::Operator(id) => id.to_string(),
            Hit::OperatorFact {
                operator,
                list,
                index,
            } => format!("{operator}/{}/{index}", list.key()),
            Hit::Measure(id) => id.to_string(),
            Hit::Example(id) => id.to_string(),
            Hit::Case(id) => id.to_string(),
            Hit::Challenge(id) => id.to_string(),
            Hit::Recommendation(id) => id.to_string(),
            Hit::Term(id) => id.to_string(),
            Hit::Section(id) => id.to_string(),
        };
        format!("{}:{id}", self.kind().key())
    }
}

/// Which text of a record matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The record's title, name, label or topic (what the result shows as its title).
    Title,
    /// Its body: summary, statement, description, detail, rationale.
    Text,
    /// A figure: a metric's measure and wording, an investment's purpose.
    Figure,
    /// Periods, dates, partners, the operator of a fact, the measure of an example.
    Detail,
    /// The report's original sentence (`cite.quote`).
    Quote,
    Footnote,
    Source,
}

impl Field {
    pub fn key(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Text => "text",
            Field::Figure => "figure",
            Field::Detail => "detail",
            Field::Quote => "quote",
            Field::Footnote => "footnote",
            Field::Source => "source",
        }
    }

    /// How much a match here counts against a match elsewhere (titles count most).
    fn weight(self) -> f32 {
        match self {
            Field::Title => 2.0,
            Field::Text | Field::Figure => 1.0,
            Field::Quote => 0.9,
            Field::Detail => 0.8,
            Field::Source => 0.7,
            Field::Footnote => 0.6,
        }
    }
}

/// The matching sentence of a hit, with the matches as byte ranges of `text` on char
/// boundaries (render them as nodes: see [`crate::domain::search::split`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub field: Field,
    pub lang: Lang,
    pub text: String,
    pub highlights: Vec<Range<usize>>,
}

impl Snippet {
    /// The text cut into (piece, highlighted) parts.
    pub fn parts(&self) -> Vec<(&str, bool)> {
        crate::domain::search::split(&self.text, &self.highlights)
    }
}

/// One found record.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    pub hit: Hit,
    pub title: crate::domain::model::Text,
    /// The operator of a fact, the measure of an example, the number of a section.
    pub context: Option<crate::domain::model::Text>,
    pub page: u32,
    pub snippet: Snippet,
    /// Position in the overall ranking (0 = best), across groups.
    pub rank: usize,
    /// True when the match came through a glossary synonym only.
    pub via_synonym: bool,
}

/// The hits of one kind, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub kind: HitKind,
    pub hits: Vec<SearchHit>,
}

/// Something to tell the user about the search itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The input was longer than [`MAX_QUERY_CHARS`] characters and was cut to that.
    Cut { chars: usize, kept: usize },
    /// No record has every word; these have the most of them.
    SomeWordsOnly { matched: usize, of: usize },
    /// More hits than [`MAX_HITS`]; only the best are returned.
    Truncated { total: usize },
}

/// Where a suggestion comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SuggestionSource {
    Term(TermId),
    Section(SectionId),
}

/// A query to offer after a miss: `query` is what to search, in the query's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub query: String,
    pub source: SuggestionSource,
}

/// The answer to one query.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchResult {
    /// The query as searched (after the cut).
    pub query: String,
    /// Groups by kind, ordered by their best hit.
    pub groups: Vec<Group>,
    pub notices: Vec<Notice>,
    /// Given when nothing matched: glossary terms and section titles near the query.
    pub suggestions: Vec<Suggestion>,
    /// Every matching record, before the cut to [`MAX_HITS`].
    pub total: usize,
}

impl SearchResult {
    /// All hits in rank order, across groups.
    pub fn ranked(&self) -> Vec<&SearchHit> {
        let mut hits: Vec<&SearchHit> = self.groups.iter().flat_map(|g| &g.hits).collect();
        hits.sort_by_key(|hit| hit.rank);
        hits
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// The search index of the whole report. Build it once, when the data has loaded.
#[derive(Debug)]
pub struct ReportIndex {
    index: index::Index,
}

impl ReportIndex {
    pub fn new(data: &Dataset) -> Self {
        ReportIndex {
            index: index::Index::new(records::documents(data), &data.terms),
        }
    }

    /// How many records are searchable.
    pub fn len(&self) -> usize {
        self.index.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.docs.is_empty()
    }

    /// Searches every record. `hint` (the UI language) picks the snippet's language when a
    /// record matches equally in both, and the language of suggestions.
    pub fn search(&self, query: &str, hint: Option<Lang>) -> SearchResult {
        let mut notices = Vec::new();
        let chars = query.chars().count();
        let query: String = if chars > MAX_QUERY_CHARS {
            notices.push(Notice::Cut {
                chars,
                kept: MAX_QUERY_CHARS,
            });
            query.chars().take(MAX_QUERY_CHARS).collect()
        } else {
            query.to_string()
        };
        let hint = hint.unwrap_or_else(|| query::guess_lang(&query));
        let mut result = rank::run(&self.index, &query, hint);
        notices.append(&mut result.notices);
        result.notices = notices;
        if result.groups.is_empty() && !query.trim().is_empty() {
            result.suggestions = suggest::suggest(&self.index, &query, hint);
        }
        result
    }
}
