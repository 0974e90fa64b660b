//! Every place in the app as a typed value. Each route prints itself with [`Route::href`] and
//! is read back by [`Route::parse`]; no other code writes a path. Plain Rust, tested natively.

use crate::domain::brief::{raw_param, PARAM as BRIEF_PARAM};
use crate::domain::compare::{parse_selection, selection_query, Selection, Subject};
use crate::domain::query::{encode_component, parse_query_string, CaseQuery, Facet, Vocab};
use crate::domain::report_search::Hit;
use crate::domain::tracing::TracingNode;
use crate::domain::{CaseId, ChallengeId, Dataset, OperatorId};
use crate::embed::presentation::{presentation, with_params};
use crate::i18n::brief::DocLang;
use crate::i18n::{Lang, Ui};

/// A view of the app with its state.
#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    Overview,
    Strategy,
    Operators,
    Operator(OperatorId),
    Compare(Selection),
    Cases(CaseQuery),
    /// A case, remembering the explorer query it was opened from.
    Case(CaseId, CaseQuery),
    Challenges {
        focus: Option<ChallengeId>,
    },
    /// Search over the whole report.
    Search {
        q: String,
    },
    /// The brief: `b` is its URL value exactly as it stands in the URL (`domain::brief`),
    /// empty when the URL has none; `doc` the document's languages (none: the UI's);
    /// `slides` the slide mode (`mode=slides`).
    Brief {
        b: String,
        doc: Option<DocLang>,
        slides: bool,
    },
}

impl Route {
    /// The header's links in order, each with its label (the app's `<Nav>` and the static
    /// first screen in `index.html`).
    pub fn nav() -> [(Route, Ui); 7] {
        [
            (Route::Overview, Ui::NavOverview),
            (Route::Strategy, Ui::NavStrategy),
            (Route::Operators, Ui::NavOperators),
            (Route::Compare(Selection::default()), Ui::NavCompare),
            (Route::Cases(CaseQuery::default()), Ui::NavCases),
            (Route::Challenges { focus: None }, Ui::NavChallenges),
            (Route::brief(), Ui::NavBrief),
        ]
    }

    /// The path and query, without the language.
    pub fn path(&self) -> String {
        let with_query = |path: &str, query: String| {
            if query.is_empty() {
                path.to_string()
            } else {
                format!("{path}?{query}")
            }
        };
        match self {
            Route::Overview => "/".to_string(),
            Route::Strategy => "/strategy".to_string(),
            Route::Operators => "/operators".to_string(),
            Route::Operator(id) => format!("/operators/{id}"),
            Route::Compare(selection) => with_query("/compare", selection_query(selection)),
            Route::Cases(query) => with_query("/cases", query.to_query_string()),
            Route::Case(id, query) => with_query(&format!("/cases/{id}"), query.to_query_string()),
            Route::Search { q } if q.is_empty() => "/search".to_string(),
            Route::Search { q } => format!("/search?q={}", encode_component(q)),
            Route::Brief { b, doc, slides } => {
                let mut pairs = Vec::new();
                if !b.is_empty() {
                    pairs.push(format!("{BRIEF_PARAM}={b}"));
                }
                if let Some(doc) = doc {
                    pairs.push(format!("doc={}", doc.key()));
                }
                if *slides {
                    pairs.push("mode=slides".to_string());
                }
                with_query("/brief", pairs.join("&"))
            }
            Route::Challenges { focus } => with_query(
                "/challenges",
                focus
                    .as_ref()
                    .map(|id| format!("focus={id}"))
                    .unwrap_or_default(),
            ),
        }
    }

    /// The link target in `lang`: the path with `lang=en` added for English.
    /// Also keeps this page load's `embed` and `theme` ([`presentation`]), so a portal frame
    /// stays a portal frame in the portal's theme as the reader moves around.
    pub fn href(&self, lang: Lang) -> String {
        let path = self.path();
        let lang = match lang {
            Lang::Zh => "",
            Lang::En => "lang=en",
        };
        let with_lang = with_params(&path, lang);
        with_params(&with_lang, &presentation().query_pairs())
    }

    /// Reads a path and its raw query string. Unknown ids and values are dropped, as the
    /// views drop them (each view reports what it ignored); an unknown path is `None`.
    pub fn parse(path: &str, query: &str, data: &Dataset, vocab: &Vocab) -> Option<Route> {
        let pairs = parse_query_string(query);
        let param = |name: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.as_str())
        };
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        let route = match segments.as_slice() {
            [""] => Route::Overview,
            ["strategy"] => Route::Strategy,
            ["operators"] => Route::Operators,
            ["operators", id] => Route::Operator(OperatorId::from(*id)),
            ["compare"] => {
                Route::Compare(parse_selection(data, param("ops"), param("tiers")).selection)
            }
            ["cases"] => Route::Cases(CaseQuery::parse_str(query, vocab).0),
            ["cases", id] => Route::Case(CaseId::from(*id), CaseQuery::parse_str(query, vocab).0),
            ["search"] => Route::Search {
                q: param("q").unwrap_or_default().to_string(),
            },
            // The brief's value is read raw: it is percent-encoded once, by its own encoder.
            ["brief"] => Route::Brief {
                b: raw_param(query, BRIEF_PARAM)
                    .unwrap_or_default()
                    .to_string(),
                doc: param("doc").and_then(DocLang::parse),
                slides: param("mode") == Some("slides"),
            },
            ["challenges"] => Route::Challenges {
                focus: param("focus")
                    .filter(|id| !id.is_empty())
                    .map(ChallengeId::from),
            },
            _ => return None,
        };
        Some(route)
    }

    /// The brief page with the open draft (no `b` in the URL).
    pub fn brief() -> Route {
        Route::Brief {
            b: String::new(),
            doc: None,
            slides: false,
        }
    }

    /// The explorer filtered by one facet value.
    pub fn cases_with(facet: Facet, value: &str) -> Route {
        Route::Cases(CaseQuery::default().with_only(facet, value))
    }
}

impl From<&Subject> for Route {
    fn from(subject: &Subject) -> Self {
        match subject {
            Subject::Operator(id) => Route::Operator(id.clone()),
            Subject::Tier(_) => Route::Strategy,
        }
    }
}

/// The element id that marks a record inside its view (`finding-…`, `measure-…`), for the
/// records that share a view with others. Views set it with this function, so a search hit's
/// link and its target always agree.
pub fn anchor_of(hit: &Hit) -> Option<String> {
    let (kind, id) = match hit {
        Hit::Indicator(id) => ("indicator", id.as_str()),
        Hit::Finding(id) => ("finding", id.as_str()),
        Hit::Tier(tier) => ("tier", tier.key()),
        Hit::Measure(id) => ("measure", id.as_str()),
        Hit::Example(id) => ("example", id.as_str()),
        Hit::Challenge(id) => ("challenge", id.as_str()),
        Hit::Recommendation(id) => ("rec", id.as_str()),
        _ => return None,
    };
    Some(format!("{kind}-{id}"))
}

/// Where a search hit leads: its view, scrolled to the record where the view holds several.
pub fn hit_href(hit: &Hit, lang: Lang) -> String {
    let href = Route::from(hit).href(lang);
    match anchor_of(hit) {
        Some(anchor) => format!("{href}#{anchor}"),
        None => href,
    }
}

impl From<&Hit> for Route {
    /// A search hit opens the view that shows its record.
    fn from(hit: &Hit) -> Self {
        match hit {
            Hit::Indicator(_) | Hit::Finding(_) | Hit::Term(_) | Hit::Section(_) => Route::Overview,
            Hit::Tier(_) | Hit::Axis(_) | Hit::Measure(_) | Hit::Example(_) => Route::Strategy,
            Hit::Operator(id) | Hit::OperatorFact { operator: id, .. } => {
                Route::Operator(id.clone())
            }
            Hit::Case(id) => Route::Case(id.clone(), CaseQuery::default()),
            Hit::Challenge(id) => Route::Challenges {
                focus: Some(id.clone()),
            },
            Hit::Recommendation(_) => Route::Challenges { focus: None },
        }
    }
}

impl From<&TracingNode> for Route {
    /// A tracing node leads to the explorer filtered by it, or to the case itself.
    fn from(node: &TracingNode) -> Self {
        match node {
            TracingNode::Challenge(id) => Route::cases_with(Facet::Challenge, id),
            TracingNode::Recommendation(id) => Route::cases_with(Facet::Rec, id),
            TracingNode::Case(id) => Route::Case(id.clone(), CaseQuery::default()),
        }
    }
}
