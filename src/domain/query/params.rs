//! The explorer query's URL side: the facets and settings as [`keyed_enum!`]s, the notices
//! for anything ignored, and [`CaseQuery`] read from and printed to URL parameters.

use super::encoding::{encode_component, parse_query_string};
use super::index::Vocab;
use crate::domain::keys::keyed_enum;
use crate::domain::model::MetricKind;

keyed_enum! {
    /// A filter dimension. Its URL parameter (its key) holds comma-separated value keys.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Facet {
        Domain => "domain",
        Sub => "sub",
        Org => "org",
        Op => "op",
        Tech => "tech",
        Market => "market",
        Metric => "metric",
        Quant => "quant",
        Challenge => "challenge",
        Rec => "rec",
    }
}

impl Facet {
    pub const COUNT: usize = Facet::ALL.len();

    /// The URL parameter: the facet's key.
    pub fn param(self) -> &'static str {
        self.key()
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Value keys of the `quant` facet: has a quantified outcome, or not.
pub const QUANT_YES: &str = "1";
pub const QUANT_NO: &str = "0";

keyed_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum Sort {
        /// The report's own order (no `sort` parameter).
        #[default]
        Report => "report",
        Domain => "domain",
        Organisation => "organisation",
        /// Largest stated outcome first ([`crate::domain::Metric::magnitude`]).
        Outcome => "outcome",
    }
}

keyed_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum View {
        #[default]
        Cards => "cards",
        Table => "table",
    }
}

keyed_enum! {
    /// How the domain chart stacks its bars (`by` parameter).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum ChartBy {
        #[default]
        Operator => "op",
        Organisation => "org",
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
            if let Some(facet) = Facet::from_key(key) {
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
        for facet in Facet::ALL.iter().copied() {
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
