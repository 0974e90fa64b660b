//! Tags and the citation line shown with a case.

use leptos::prelude::*;

use crate::components::cite::CiteRef;
use crate::components::citing::ItemActions;
use crate::domain::brief::BriefItem;
use crate::domain::query::CaseQuery;
use crate::domain::Case;
use crate::i18n::cases as text;
use crate::i18n::{subdomain_name, Lang};
use crate::routes::Route;

/// The market, unless the sub-domain already says it (大众市场 / 政企市场).
pub fn market_tag(case: &Case, lang: Lang) -> Option<impl IntoView> {
    let market = case.market?;
    let name = text::market_name(market, lang);
    (name != subdomain_name(case.subdomain, lang))
        .then(|| view! { <span class="tag">{name}</span> })
}

/// A case's page and source, then Cite / Copy title and link / Pin, with its own page as the
/// permalink: on its card in the explorer and on its detail page.
pub fn case_citation(case: &Case) -> impl IntoView {
    view! {
        <CiteRef cite=case.cite.clone()/>
        <ItemActions
            cite=case.cite.clone()
            title=case.title.clone()
            link=Route::Case(case.id.clone(), CaseQuery::default())
            pin=BriefItem::Case(case.id.clone())
        />
    }
}
