//! Operators and tiers as the strategy views show them: a link to an operator's profile, a
//! tier's badge, and the colour class of a tier.

use leptos::prelude::*;

use crate::components::link::A;
use crate::domain::catalog::Catalog;
use crate::domain::{Tier, TierId};
use crate::i18n::strategy::StrategyUi;
use crate::i18n::Lang;
use crate::routes::Route;

/// A link to an operator's profile, keeping the language.
pub fn operator_link(data: &Catalog, id: &str, lang: Lang) -> AnyView {
    let name = data
        .operator(id)
        .map(|op| op.name.get(lang).to_string())
        .unwrap_or_else(|| id.to_string());
    let path = Route::Operator(id.into()).href(lang);
    view! {
        <A href=path attr:class="operator-link" attr:data-operator=id.to_string()>
            {name}
        </A>
    }
    .into_any()
}

/// The tier's name on its colour, linking to the tier map; or "not placed in a tier".
pub fn tier_badge(tier: Option<&Tier>, lang: Lang) -> AnyView {
    match tier {
        Some(tier) => {
            let key = tier.id.key();
            let name = tier.name.get(lang).to_string();
            view! {
                <A
                    href=Route::Strategy.href(lang)
                    attr:class=format!("tier-badge tier-{key}")
                    attr:data-tier=key
                >
                    {name}
                </A>
            }
            .into_any()
        }
        None => view! { <span class="tier-badge tier-none">{lang.t(StrategyUi::NoTier)}</span> }
            .into_any(),
    }
}

/// Colour class of a tier: `tier-<key>`, or `tier-none`.
pub fn tier_class(tier: Option<TierId>) -> String {
    match tier {
        Some(tier) => format!("tier-{}", tier.key()),
        None => "tier-none".to_string(),
    }
}
