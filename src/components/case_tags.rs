//! Tags shown with a case.

use leptos::prelude::*;

use crate::domain::Case;
use crate::i18n::cases as text;
use crate::i18n::{subdomain_name, Lang};

/// The market, unless the sub-domain already says it (大众市场 / 政企市场).
pub fn market_tag(case: &Case, lang: Lang) -> Option<impl IntoView> {
    let market = case.market?;
    let name = text::market_name(market, lang);
    (name != subdomain_name(case.subdomain, lang))
        .then(|| view! { <span class="tag">{name}</span> })
}
