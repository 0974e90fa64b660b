//! 运营企业 (/operators): every operator the report names in a strategic role, grouped by the
//! tiers of Figure 6 (rank order), with the ones it places in no tier last.

use leptos::prelude::*;

use crate::components::cite::text_or_not_stated;
use crate::components::link::A;
use crate::components::operator::tier_class;
use crate::context::{use_app, use_lang};
use crate::domain::profile::{self, OperatorCount, TierGroup};
use crate::domain::tiers::tier_note;
use crate::domain::{Dataset, Operator};
use crate::i18n::strategy::StrategyUi;
use crate::i18n::{Lang, Ui};
use crate::routes::Route;

/// The label of an operator card's count.
fn count_label(count: OperatorCount) -> StrategyUi {
    match count {
        OperatorCount::Models => StrategyUi::CountModels,
        OperatorCount::Platforms => StrategyUi::CountPlatforms,
        OperatorCount::ComputeLayouts => StrategyUi::CountLayouts,
        OperatorCount::Examples => StrategyUi::CountExamples,
        OperatorCount::Cases => StrategyUi::CountCases,
    }
}

fn operator_card(data: &Dataset, op: &Operator, lang: Lang) -> impl IntoView {
    let path = Route::Operator(op.id.clone()).href(lang);
    let name = op.name.get(lang).to_string();
    // Only what the report names: an operator it says nothing more of shows "not stated".
    let counts = profile::operator_counts(data, op);
    let counts = if counts.is_empty() {
        view! { <p class="not-stated mini-counts-none">{lang.t(Ui::NotStated)}</p> }.into_any()
    } else {
        let items = counts
            .into_iter()
            .map(|(count, n)| {
                view! {
                    <li>
                        <b>{n}</b>
                        " "
                        {lang.t(count_label(count))}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="mini-counts">{items}</ul> }.into_any()
    };
    view! {
        <article
            class=format!("card operator-card {}", tier_class(profile::tier_of(data, op).map(|t| t.id)))
            data-testid="operator-card"
            data-operator=op.id.to_string()
        >
            <h3>
                <A href=path attr:class="operator-link" attr:data-operator=op.id.to_string()>
                    {name}
                </A>
            </h3>
            <p class="operator-country">
                <span class="field-label">{lang.t(StrategyUi::Country)} ": "</span>
                {text_or_not_stated(op.country.as_ref(), lang)}
            </p>
            {counts}
        </article>
    }
}

fn group_section(data: &Dataset, group: &TierGroup<'_>, lang: Lang) -> impl IntoView {
    let (key, title, note) = match group.tier {
        Some(tier) => (
            tier.id.key().to_string(),
            tier.name.get(lang).to_string(),
            tier_note(tier).map(|text| text.get(lang).to_string()),
        ),
        None => (
            "none".to_string(),
            lang.t(StrategyUi::NoTier).to_string(),
            Some(lang.t(StrategyUi::NoTierNote).to_string()),
        ),
    };
    let rank = group.tier.map(|tier| {
        view! { <span class="tier-rank">{tier.rank}</span> }
    });
    let cards = group
        .operators
        .iter()
        .map(|op| operator_card(data, op, lang))
        .collect_view();
    view! {
        <section class=format!("tier-group tier-{key}") data-testid="tier-group" data-tier=key>
            <h2>{rank} {title}</h2>
            {note.map(|note| view! { <p class="group-note">{note}</p> })}
            <div class="operator-grid">{cards}</div>
        </section>
    }
}

#[component]
pub fn OperatorsPage() -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let groups = profile::operators_by_tier(&data)
            .iter()
            .map(|group| group_section(&data, group, lang))
            .collect_view();
        view! {
            <section class="page operators" data-testid="operators-page">
                <h1>{lang.t(Ui::NavOperators)}</h1>
                <p class="lede">{lang.t(StrategyUi::OperatorsLede)}</p>
                {groups}
            </section>
        }
    }
}
