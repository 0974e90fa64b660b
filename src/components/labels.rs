//! Display labels of the explorer's facet values, in the current language.

use crate::domain::catalog::Catalog;
use crate::domain::query::{Facet, QUANT_YES};
use crate::domain::{Domain, Market, MetricKind, Subdomain};
use crate::i18n::cases::{self as text, CaseUi};
use crate::i18n::{domain_name, metric_kind_name, subdomain_name, Lang};

/// The display label of a facet value.
pub fn value_label(data: &Catalog, facet: Facet, key: &str, lang: Lang) -> String {
    let found = match facet {
        Facet::Domain => Domain::from_key(key).map(|d| domain_name(d, lang).to_string()),
        Facet::Sub => Subdomain::from_key(key).map(|s| subdomain_name(s, lang).to_string()),
        Facet::Org => data.organisation(key).map(|o| o.name.get(lang).to_string()),
        Facet::Op => data.operator(key).map(|o| o.name.get(lang).to_string()),
        Facet::Tech => data.technology(key).map(|x| x.name.get(lang).to_string()),
        Facet::Market => Market::from_key(key).map(|m| text::market_name(m, lang).to_string()),
        Facet::Metric => MetricKind::from_key(key).map(|k| metric_kind_name(k, lang).to_string()),
        Facet::Quant => Some(
            lang.t(if key == QUANT_YES {
                CaseUi::QuantYes
            } else {
                CaseUi::QuantNo
            })
            .to_string(),
        ),
        Facet::Challenge => data
            .challenge(key)
            .map(|c| format!("{}. {}", c.number, c.title.get(lang))),
        Facet::Rec => data
            .recommendation(key)
            .map(|r| format!("{}. {}", r.number, r.title.get(lang))),
    };
    found.unwrap_or_else(|| key.to_string())
}
