//! The case explorer's query: URL parameters ⇄ [`CaseQuery`] (with notices for anything
//! ignored), and a [`CaseIndex`] built once per dataset that filters, searches, counts
//! facet values, sorts and pages without cloning cases.
//!
//! Semantics: values within one facet combine with OR, facets combine with AND, the search
//! applies to everything, and each value's count reflects all the *other* active filters
//! (plus the search), so a count says how many cases selecting that value would add or keep.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;

use super::model::{Case, Dataset, Domain, Market, MetricKind, Subdomain};
use super::search::{fold, fold_into, Search};

/// Cases per page of results.
pub const PAGE_SIZE: usize = 20;

/// A filter dimension. Its URL parameter holds comma-separated value keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Domain,
    Sub,
    Org,
    Op,
    Tech,
    Market,
    Metric,
    Quant,
    Challenge,
    Rec,
}

impl Facet {
    pub const COUNT: usize = 10;
    pub const ALL: [Facet; Facet::COUNT] = [
        Facet::Domain,
        Facet::Sub,
        Facet::Org,
        Facet::Op,
        Facet::Tech,
        Facet::Market,
        Facet::Metric,
        Facet::Quant,
        Facet::Challenge,
        Facet::Rec,
    ];

    pub fn param(self) -> &'static str {
        match self {
            Facet::Domain => "domain",
            Facet::Sub => "sub",
            Facet::Org => "org",
            Facet::Op => "op",
            Facet::Tech => "tech",
            Facet::Market => "market",
            Facet::Metric => "metric",
            Facet::Quant => "quant",
            Facet::Challenge => "challenge",
            Facet::Rec => "rec",
        }
    }

    pub fn from_param(param: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|facet| facet.param() == param)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Value keys of the `quant` facet: has a quantified outcome, or not.
pub const QUANT_YES: &str = "1";
pub const QUANT_NO: &str = "0";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Sort {
    /// The report's own order (no `sort` parameter).
    #[default]
    Report,
    Domain,
    Organisation,
    /// Largest stated outcome first ([`crate::domain::Metric::magnitude`]).
    Outcome,
}

impl Sort {
    pub const ALL: [Sort; 4] = [
        Sort::Report,
        Sort::Domain,
        Sort::Organisation,
        Sort::Outcome,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Sort::Report => "report",
            Sort::Domain => "domain",
            Sort::Organisation => "organisation",
            Sort::Outcome => "outcome",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|sort| sort.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Cards,
    Table,
}

impl View {
    pub fn key(self) -> &'static str {
        match self {
            View::Cards => "cards",
            View::Table => "table",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [View::Cards, View::Table]
            .into_iter()
            .find(|view| view.key() == key)
    }
}

/// How the domain chart stacks its bars (`by` parameter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChartBy {
    #[default]
    Operator,
    Organisation,
}

impl ChartBy {
    pub fn key(self) -> &'static str {
        match self {
            ChartBy::Operator => "op",
            ChartBy::Organisation => "org",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [ChartBy::Operator, ChartBy::Organisation]
            .into_iter()
            .find(|by| by.key() == key)
    }
}

/// Something in the URL that was ignored, shown to the user as a notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A parameter this page does not know.
    UnknownParam { name: String },
    /// A filter value that names nothing in the data.
    UnknownValue { param: String, value: String },
    /// A malformed value (page number, sort, view …).
    BadValue { param: String, value: String },
}

/// Everything the explorer shows, as read from and written to the URL.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseQuery {
    /// Selected value keys per facet (indexed by [`Facet::index`]), in the order given.
    pub filters: [Vec<String>; Facet::COUNT],
    pub q: String,
    pub sort: Sort,
    /// 1-based; clamped to the last page when shown.
    pub page: usize,
    pub view: View,
    pub by: ChartBy,
    /// The comparable outcome group charted (`cmp` = `<kind>~<unit zh>~<unit en>`).
    pub cmp: Option<String>,
}

impl Default for CaseQuery {
    /// No filters, first page: what `/cases` shows.
    fn default() -> Self {
        CaseQuery {
            filters: Default::default(),
            q: String::new(),
            sort: Sort::default(),
            page: 1,
            view: View::default(),
            by: ChartBy::default(),
            cmp: None,
        }
    }
}

/// The value keys each facet accepts, in display order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Vocab {
    pub values: [Vec<String>; Facet::COUNT],
}

impl Vocab {
    pub fn from_dataset(data: &Dataset) -> Self {
        let mut values: [Vec<String>; Facet::COUNT] = Default::default();
        values[Facet::Domain.index()] = Domain::ALL.iter().map(|d| d.key().into()).collect();
        values[Facet::Sub.index()] = Subdomain::ALL.iter().map(|s| s.key().into()).collect();
        values[Facet::Org.index()] = data
            .organisations
            .iter()
            .map(|o| o.id.to_string())
            .collect();
        let mut ops: Vec<String> = data.operators.iter().map(|o| o.id.to_string()).collect();
        for org in &data.organisations {
            if let Some(op) = &org.operator {
                if !ops.iter().any(|known| op == known) {
                    ops.push(op.to_string());
                }
            }
        }
        values[Facet::Op.index()] = ops;
        values[Facet::Tech.index()] = data.technologies.iter().map(|t| t.id.to_string()).collect();
        values[Facet::Market.index()] = Market::ALL.iter().map(|m| m.key().into()).collect();
        values[Facet::Metric.index()] = MetricKind::ALL.iter().map(|k| k.key().into()).collect();
        values[Facet::Quant.index()] = vec![QUANT_YES.into(), QUANT_NO.into()];
        values[Facet::Challenge.index()] =
            data.challenges.iter().map(|c| c.id.to_string()).collect();
        values[Facet::Rec.index()] = data
            .recommendations
            .iter()
            .map(|r| r.id.to_string())
            .collect();
        Vocab { values }
    }

    pub fn position(&self, facet: Facet, key: &str) -> Option<usize> {
        self.values[facet.index()].iter().position(|v| v == key)
    }
}

// ---------- URL encoding ----------

/// Percent-encodes a free-text value: everything but RFC 3986 unreserved characters.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (as URLSearchParams does); invalid escapes stay as they are.
pub fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = text
                    .get(i + 1..i + 3)
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Splits a query string (with or without the leading `?`) into decoded pairs.
pub fn parse_query_string(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(key), decode_component(value))
        })
        .collect()
}

/// Parameters that belong to the shell, not to this page: kept, never reported.
const SHELL_PARAMS: [&str; 1] = ["lang"];

impl CaseQuery {
    /// Reads URL parameters. Unknown parameters, unknown values and malformed values are
    /// ignored, each with a notice; nothing here can panic.
    pub fn parse<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
        vocab: &Vocab,
    ) -> (CaseQuery, Vec<Notice>) {
        let mut query = CaseQuery::default();
        let mut notices = Vec::new();
        let bad = |param: &str, value: &str, notices: &mut Vec<Notice>| {
            notices.push(Notice::BadValue {
                param: param.to_string(),
                value: value.to_string(),
            });
        };
        for (key, value) in pairs {
            let (key, value) = (key.as_ref(), value.as_ref());
            if let Some(facet) = Facet::from_param(key) {
                for item in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                    let list = &mut query.filters[facet.index()];
                    if vocab.position(facet, item).is_none() {
                        notices.push(Notice::UnknownValue {
                            param: key.to_string(),
                            value: item.to_string(),
                        });
                    } else if !list.iter().any(|v| v == item) {
                        list.push(item.to_string());
                    }
                }
                continue;
            }
            match key {
                "q" => query.q = value.trim().to_string(),
                "sort" => match Sort::from_key(value) {
                    Some(sort) => query.sort = sort,
                    None => bad(key, value, &mut notices),
                },
                "page" => match value.parse::<usize>() {
                    Ok(page) if page >= 1 => query.page = page,
                    _ => bad(key, value, &mut notices),
                },
                "view" => match View::from_key(value) {
                    Some(view) => query.view = view,
                    None => bad(key, value, &mut notices),
                },
                "by" => match ChartBy::from_key(value) {
                    Some(by) => query.by = by,
                    None => bad(key, value, &mut notices),
                },
                "cmp" => match value.split_once('~') {
                    Some((kind, unit))
                        if MetricKind::from_key(kind).is_some() && !unit.is_empty() =>
                    {
                        query.cmp = Some(value.to_string());
                    }
                    _ => bad(key, value, &mut notices),
                },
                _ if SHELL_PARAMS.contains(&key) => {}
                _ => notices.push(Notice::UnknownParam {
                    name: key.to_string(),
                }),
            }
        }
        (query, notices)
    }

    /// Parses a raw query string (percent-encoded); see [`CaseQuery::parse`].
    pub fn parse_str(query: &str, vocab: &Vocab) -> (CaseQuery, Vec<Notice>) {
        Self::parse(parse_query_string(query), vocab)
    }

    /// The canonical query string without `?` and without `lang`; defaults are omitted.
    pub fn to_query_string(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        for facet in Facet::ALL {
            let values = &self.filters[facet.index()];
            if !values.is_empty() {
                let joined: Vec<String> = values.iter().map(|v| encode_component(v)).collect();
                parts.push(format!("{}={}", facet.param(), joined.join(",")));
            }
        }
        if !self.q.is_empty() {
            parts.push(format!("q={}", encode_component(&self.q)));
        }
        if self.sort != Sort::Report {
            parts.push(format!("sort={}", self.sort.key()));
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        if self.view != View::Cards {
            parts.push(format!("view={}", self.view.key()));
        }
        if self.by != ChartBy::Operator {
            parts.push(format!("by={}", self.by.key()));
        }
        if let Some(cmp) = &self.cmp {
            parts.push(format!("cmp={}", encode_component(cmp)));
        }
        parts.join("&")
    }

    pub fn values(&self, facet: Facet) -> &[String] {
        &self.filters[facet.index()]
    }

    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.values(facet).iter().any(|v| v == value)
    }

    /// True when any facet (including challenge and recommendation) has a value.
    pub fn has_filters(&self) -> bool {
        self.filters.iter().any(|values| !values.is_empty())
    }

    /// Adds or removes one value; back to page 1.
    pub fn toggled(&self, facet: Facet, value: &str) -> CaseQuery {
        let mut next = self.clone();
        let list = &mut next.filters[facet.index()];
        if let Some(at) = list.iter().position(|v| v == value) {
            list.remove(at);
        } else {
            list.push(value.to_string());
        }
        next.page = 1;
        next
    }

    /// Sets a facet to exactly one value (a chart click); back to page 1.
    pub fn with_only(&self, facet: Facet, value: &str) -> CaseQuery {
        let mut next = self.clone();
        next.filters[facet.index()] = vec![value.to_string()];
        next.page = 1;
        next
    }

    pub fn cleared(&self, facet: Facet) -> CaseQuery {
        let mut next = self.clone();
        next.filters[facet.index()].clear();
        next.page = 1;
        next
    }

    /// Clears every facet; the search text, sort and view stay.
    pub fn cleared_all(&self) -> CaseQuery {
        let mut next = self.clone();
        next.filters = Default::default();
        next.page = 1;
        next
    }

    pub fn with_search(&self, q: &str) -> CaseQuery {
        let mut next = self.clone();
        next.q = q.trim().to_string();
        next.page = 1;
        next
    }

    pub fn with_sort(&self, sort: Sort) -> CaseQuery {
        let mut next = self.clone();
        next.sort = sort;
        next.page = 1;
        next
    }

    pub fn with_page(&self, page: usize) -> CaseQuery {
        let mut next = self.clone();
        next.page = page.max(1);
        next
    }

    pub fn with_view(&self, view: View) -> CaseQuery {
        let mut next = self.clone();
        next.view = view;
        next
    }

    pub fn with_by(&self, by: ChartBy) -> CaseQuery {
        let mut next = self.clone();
        next.by = by;
        next
    }

    pub fn with_cmp(&self, cmp: Option<String>) -> CaseQuery {
        let mut next = self.clone();
        next.cmp = cmp;
        next
    }
}

// ---------- paging ----------

/// One page of a result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paging {
    /// The page shown (1-based), clamped to `1..=pages`.
    pub page: usize,
    /// At least 1, even for an empty result.
    pub pages: usize,
    /// Indices into the result list.
    pub range: Range<usize>,
}

pub fn paging(total: usize, page: usize) -> Paging {
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let start = (page - 1) * PAGE_SIZE;
    Paging {
        page,
        pages,
        range: start.min(total)..(start + PAGE_SIZE).min(total),
    }
}

// ---------- the index ----------

/// Per-dataset precomputation: each case's facet values as small integers and its
/// lowercased zh/en search text. Build once per dataset; every query only reads it.
#[derive(Debug, Clone)]
pub struct CaseIndex {
    pub vocab: Vocab,
    len: usize,
    /// Per facet: every case's value indices, flattened; `offsets[f][i]..offsets[f][i + 1]`.
    values: [Vec<u32>; Facet::COUNT],
    offsets: [Vec<u32>; Facet::COUNT],
    zh: Vec<String>,
    en: Vec<String>,
    magnitude: Vec<Option<f64>>,
    org_rank: Vec<u32>,
    domain_rank: Vec<u32>,
    /// Per facet: how many cases carry each value in the whole dataset.
    totals: [Vec<u32>; Facet::COUNT],
}

/// What a query yields: the matching cases in order, and live counts per facet value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryResult {
    /// Indices into `dataset.cases`, sorted as asked.
    pub cases: Vec<usize>,
    /// Per facet (indexed like [`Vocab::values`]): cases matching the other filters and this value.
    pub counts: [Vec<u32>; Facet::COUNT],
}

impl QueryResult {
    pub fn count(&self, facet: Facet, position: usize) -> u32 {
        self.counts[facet.index()]
            .get(position)
            .copied()
            .unwrap_or(0)
    }
}

fn push_unique(list: &mut Vec<u32>, start: usize, value: u32) {
    if !list[start..].contains(&value) {
        list.push(value);
    }
}

impl CaseIndex {
    pub fn new(data: &Dataset) -> Self {
        let vocab = Vocab::from_dataset(data);
        let lookup: Vec<HashMap<&str, u32>> = vocab
            .values
            .iter()
            .map(|keys| {
                keys.iter()
                    .enumerate()
                    .map(|(i, key)| (key.as_str(), i as u32))
                    .collect()
            })
            .collect();
        let org_by_id: HashMap<&str, &super::model::Organisation> = data
            .organisations
            .iter()
            .map(|org| (org.id.as_str(), org))
            .collect();
        let tech_by_id: HashMap<&str, &super::model::Technology> = data
            .technologies
            .iter()
            .map(|tech| (tech.id.as_str(), tech))
            .collect();
        // Linked challenges and recommendations per case.
        let mut challenge_links: HashMap<&str, Vec<u32>> = HashMap::new();
        for (i, challenge) in data.challenges.iter().enumerate() {
            for case in &challenge.cases {
                challenge_links.entry(case).or_default().push(i as u32);
            }
        }
        let mut rec_links: HashMap<&str, Vec<u32>> = HashMap::new();
        for (i, rec) in data.recommendations.iter().enumerate() {
            for case in &rec.cases {
                rec_links.entry(case).or_default().push(i as u32);
            }
        }
        // Organisation order: by English name, case-insensitively.
        let mut org_order: Vec<&super::model::Organisation> = data.organisations.iter().collect();
        org_order.sort_by_key(|org| fold(&org.name.en));
        let org_rank_by_id: HashMap<&str, u32> = org_order
            .iter()
            .enumerate()
            .map(|(rank, org)| (org.id.as_str(), rank as u32))
            .collect();

        let n = data.cases.len();
        let mut values: [Vec<u32>; Facet::COUNT] = Default::default();
        let mut offsets: [Vec<u32>; Facet::COUNT] = Default::default();
        for list in &mut offsets {
            list.reserve(n + 1);
            list.push(0);
        }
        let mut zh = Vec::with_capacity(n);
        let mut en = Vec::with_capacity(n);
        let mut magnitude = Vec::with_capacity(n);
        let mut org_rank = Vec::with_capacity(n);
        let mut domain_rank = Vec::with_capacity(n);
        let lookup_key = |facet: Facet, key: &str| lookup[facet.index()].get(key).copied();

        for case in &data.cases {
            let mut add = |facet: Facet, index: Option<u32>| {
                if let Some(index) = index {
                    let list = &mut values[facet.index()];
                    let start = offsets[facet.index()].last().copied().unwrap_or(0) as usize;
                    push_unique(list, start, index);
                }
            };
            add(Facet::Domain, lookup_key(Facet::Domain, case.domain.key()));
            add(Facet::Sub, lookup_key(Facet::Sub, case.subdomain.key()));
            for org in &case.organisations {
                add(Facet::Org, lookup_key(Facet::Org, org));
                let op = org_by_id
                    .get(org.as_str())
                    .and_then(|o| o.operator.as_deref());
                add(Facet::Op, op.and_then(|op| lookup_key(Facet::Op, op)));
            }
            for tech in &case.technologies {
                add(Facet::Tech, lookup_key(Facet::Tech, tech));
            }
            add(
                Facet::Market,
                case.market.and_then(|m| lookup_key(Facet::Market, m.key())),
            );
            for metric in &case.outcomes {
                add(Facet::Metric, lookup_key(Facet::Metric, metric.kind.key()));
            }
            let quant = if case.outcomes.is_empty() {
                QUANT_NO
            } else {
                QUANT_YES
            };
            add(Facet::Quant, lookup_key(Facet::Quant, quant));
            for &i in challenge_links.get(case.id.as_str()).into_iter().flatten() {
                add(Facet::Challenge, Some(i));
            }
            for &i in rec_links.get(case.id.as_str()).into_iter().flatten() {
                add(Facet::Rec, Some(i));
            }
            for facet in Facet::ALL {
                let len = values[facet.index()].len() as u32;
                offsets[facet.index()].push(len);
            }

            let (case_zh, case_en) = search_texts(case, &org_by_id, &tech_by_id);
            zh.push(case_zh);
            en.push(case_en);
            magnitude.push(
                case.outcomes
                    .iter()
                    .filter_map(|m| m.magnitude())
                    .max_by(f64::total_cmp),
            );
            org_rank.push(
                case.organisations
                    .first()
                    .and_then(|id| org_rank_by_id.get(id.as_str()).copied())
                    .unwrap_or(u32::MAX),
            );
            let domain = Domain::ALL
                .iter()
                .position(|d| *d == case.domain)
                .unwrap_or(0);
            let sub = Subdomain::ALL
                .iter()
                .position(|s| *s == case.subdomain)
                .unwrap_or(0);
            domain_rank.push((domain * 100 + sub) as u32);
        }

        let mut index = CaseIndex {
            totals: Default::default(),
            vocab,
            len: n,
            values,
            offsets,
            zh,
            en,
            magnitude,
            org_rank,
            domain_rank,
        };
        for facet in Facet::ALL {
            let mut totals = vec![0u32; index.vocab.values[facet.index()].len()];
            for &v in &index.values[facet.index()] {
                totals[v as usize] += 1;
            }
            index.totals[facet.index()] = totals;
        }
        index
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// How many cases in the whole dataset carry this value (to hide values no case has).
    pub fn total(&self, facet: Facet, position: usize) -> u32 {
        self.totals[facet.index()]
            .get(position)
            .copied()
            .unwrap_or(0)
    }

    fn case_values(&self, facet: Facet, case: usize) -> &[u32] {
        let offsets = &self.offsets[facet.index()];
        let start = offsets[case] as usize;
        let end = offsets[case + 1] as usize;
        &self.values[facet.index()][start..end]
    }

    /// Filters, searches, counts and sorts. Cost is linear in the number of cases.
    pub fn run(&self, query: &CaseQuery) -> QueryResult {
        // Selected value positions per facet as membership tables.
        let mut selected: Vec<Option<Vec<bool>>> = Vec::with_capacity(Facet::COUNT);
        for facet in Facet::ALL {
            let keys = query.values(facet);
            if keys.is_empty() {
                selected.push(None);
                continue;
            }
            let mut table = vec![false; self.vocab.values[facet.index()].len()];
            for key in keys {
                if let Some(at) = self.vocab.position(facet, key) {
                    table[at] = true;
                }
            }
            selected.push(Some(table));
        }
        let search = Search::new(&query.q);
        let mut counts: [Vec<u32>; Facet::COUNT] = Default::default();
        for facet in Facet::ALL {
            counts[facet.index()] = vec![0; self.vocab.values[facet.index()].len()];
        }
        let mut cases = Vec::new();

        for case in 0..self.len {
            let mut failed: Option<Facet> = None;
            let mut failures = 0;
            for facet in Facet::ALL {
                let Some(table) = &selected[facet.index()] else {
                    continue;
                };
                let pass = self
                    .case_values(facet, case)
                    .iter()
                    .any(|&v| table[v as usize]);
                if !pass {
                    failures += 1;
                    failed = Some(facet);
                    if failures > 1 {
                        break;
                    }
                }
            }
            if failures > 1 {
                continue;
            }
            if !search.is_empty() && !search.matches_folded(&[&self.zh[case], &self.en[case]]) {
                continue;
            }
            match failed {
                None => {
                    cases.push(case);
                    for facet in Facet::ALL {
                        for &v in self.case_values(facet, case) {
                            counts[facet.index()][v as usize] += 1;
                        }
                    }
                }
                Some(facet) => {
                    for &v in self.case_values(facet, case) {
                        counts[facet.index()][v as usize] += 1;
                    }
                }
            }
        }

        match query.sort {
            Sort::Report => {}
            Sort::Domain => cases.sort_by_key(|&i| self.domain_rank[i]),
            Sort::Organisation => cases.sort_by_key(|&i| self.org_rank[i]),
            Sort::Outcome => cases.sort_by(|&a, &b| match (self.magnitude[a], self.magnitude[b]) {
                (Some(x), Some(y)) => y.total_cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }),
        }
        QueryResult { cases, counts }
    }
}

/// The searchable text of a case in zh and en, lowercased: title, summary, organisations,
/// technologies, one per line.
fn search_texts(
    case: &Case,
    orgs: &HashMap<&str, &super::model::Organisation>,
    techs: &HashMap<&str, &super::model::Technology>,
) -> (String, String) {
    let mut zh = String::with_capacity(case.title.zh.len() + case.summary.zh.len() + 64);
    let mut en = String::with_capacity(case.title.en.len() + case.summary.en.len() + 64);
    let mut push = |text: &super::model::Text| {
        fold_into(&text.zh, &mut zh);
        zh.push('\n');
        fold_into(&text.en, &mut en);
        en.push('\n');
    };
    push(&case.title);
    push(&case.summary);
    for org in &case.organisations {
        if let Some(org) = orgs.get(org.as_str()) {
            push(&org.name);
        }
    }
    for tech in &case.technologies {
        if let Some(tech) = techs.get(tech.as_str()) {
            push(&tech.name);
        }
    }
    (zh, en)
}
