//! The strategy views. 战略分层 (/strategy, this module): Figure 6's three tiers on the
//! report's two axes, read ordinally, with the tier cards beside the map; then the five
//! measures of 三(二) with their examples and the investments the report states
//! ([`measures`]). Beside it the operator list ([`operators`]), an operator's profile
//! ([`operator`]) and the side-by-side comparison ([`compare`]).

pub mod compare;
pub mod measures;
pub mod operator;
pub mod operators;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::charts::strategy as charts;
use crate::charts::ChartTarget;
use crate::components::chart::ChartView;
use crate::components::cite::{text_or_not_stated, CiteRef};
use crate::components::operator::operator_link;
use crate::context::{use_app, use_lang};
use crate::domain::catalog::Catalog;
use crate::domain::report_search::Hit;
use crate::domain::tiers::{tiers_top_down, TierField};
use crate::domain::Tier;
use crate::i18n::strategy::StrategyUi;
use crate::i18n::{Lang, Ui};
use crate::routes::{anchor_of, Route};

use self::measures::{InvestmentsSection, MeasuresSection};

/// The label of a tier card's field.
fn field_label(field: TierField) -> StrategyUi {
    match field {
        TierField::Positioning => StrategyUi::Positioning,
        TierField::BusinessLayout => StrategyUi::BusinessLayout,
        TierField::Infrastructure => StrategyUi::Infrastructure,
        TierField::OwnCapabilities => StrategyUi::OwnCapabilities,
        TierField::AiRole => StrategyUi::AiRole,
    }
}

fn tier_card(data: &Catalog, tier: &Tier, lang: Lang) -> impl IntoView {
    let operators = tier
        .operators
        .iter()
        .map(|id| view! { <li>{operator_link(data, id, lang)}</li> })
        .collect_view();
    let fields = TierField::ALL
        .into_iter()
        .map(|field| {
            view! {
                <dt>{lang.t(field_label(field))}</dt>
                <dd>{text_or_not_stated(field.of(tier), lang)}</dd>
            }
        })
        .collect_view();
    view! {
        <article
            class=format!("card tier-card tier-{}", tier.id.key())
            data-testid="tier-card"
            id=anchor_of(&Hit::Tier(tier.id))
            data-tier=tier.id.key()
        >
            <header class="tier-card-head">
                <span class="tier-rank" title=lang.t(StrategyUi::TierRank)>{tier.rank}</span>
                <h2>{tier.name.get(lang).to_string()}</h2>
            </header>
            <ul class="op-chips" aria-label=lang.t(StrategyUi::TierOperators)>{operators}</ul>
            <dl class="tier-fields">{fields}</dl>
            <CiteRef cite=tier.cite.clone()/>
        </article>
    }
}

#[component]
pub fn StrategyPage() -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let navigate = use_navigate();

    let map_data = data.clone();
    let figure = Signal::derive(move || charts::tier_map(&map_data, lang.get()));
    let on_click = Callback::new(move |target: ChartTarget| {
        if let ChartTarget::Operator(id) = target {
            navigate(
                &Route::Operator(id).href(lang.get_untracked()),
                Default::default(),
            );
        }
    });

    let cards_data = data.clone();
    let cards = move || {
        let lang = lang.get();
        tiers_top_down(&cards_data)
            .into_iter()
            .map(|tier| tier_card(&cards_data, tier, lang))
            .collect_view()
    };
    let axes_data = data.clone();
    let axes = move || {
        let lang = lang.get();
        axes_data
            .axes
            .iter()
            .map(|axis| {
                view! {
                    <li>
                        <strong>{axis.name.get(lang).to_string()}</strong>
                        " "
                        <CiteRef cite=axis.cite.clone()/>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <section class="page strategy" data-testid="strategy-page">
            <h1>{move || lang.get().t(Ui::NavStrategy)}</h1>
            <p class="lede">{move || lang.get().t(StrategyUi::StrategyLede)}</p>
            <p class="ordinal-note" data-testid="ordinal-note" role="note">
                {move || lang.get().t(StrategyUi::OrdinalNote)}
            </p>
            <div class="tier-layout">
                <div class="tier-map">
                    <ChartView
                        figure
                        label=Signal::derive(move || lang.get().t(StrategyUi::TierMapLabel).to_string())
                        name="tier-map"
                        height=500
                        on_click
                    />
                    <p class="hint">{move || lang.get().t(StrategyUi::TierMapHint)}</p>
                    <ul class="axes-sources">{axes}</ul>
                </div>
                <div class="tier-cards" data-testid="tier-cards">{cards}</div>
            </div>
            <MeasuresSection/>
            <InvestmentsSection/>
        </section>
    }
}
