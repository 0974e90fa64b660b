//! 战略分层 (/strategy): Figure 6's three tiers on the report's two axes, read ordinally, with
//! the tier cards beside the map; then the five measures of 三(二) with their examples and the
//! investments the report states (money and shares apart).
//!
//! Also the small view pieces the other strategy pages share (operator links, tier badges,
//! fact lists, investment lines, example dates and partners).

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::charts::strategy as charts;
use crate::charts::ChartTarget;
use crate::components::chart::ChartView;
use crate::components::cite::{optional_text, text_or_not_stated, CiteRef};
use crate::context::{use_app, use_lang};
use crate::domain::amount::amount_text;
use crate::domain::profile::{self, InvestmentRef};
use crate::domain::{Dataset, Fact, Measure, MeasureExample, Tier, TierId};
use crate::i18n::strategy::StrategyUi;
use crate::i18n::{Lang, Ui};
use crate::routes::Route;

/// A link to an operator's profile, keeping the language.
pub fn operator_link(data: &Dataset, id: &str, lang: Lang) -> AnyView {
    let name = profile::operator(data, id)
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

/// Facts (models, compute layouts, moves) with detail, date and citation; or "not stated".
pub fn fact_list(facts: &[Fact], lang: Lang, testid: &'static str) -> AnyView {
    if facts.is_empty() {
        return view! {
            <p class="not-stated" data-testid=testid>{lang.t(Ui::NotStated)}</p>
        }
        .into_any();
    }
    let items = facts
        .iter()
        .map(|fact| {
            let detail = fact
                .detail
                .as_ref()
                .map(|d| view! { <p class="fact-detail">{d.get(lang).to_string()}</p> });
            let date = optional_text(fact.date.as_ref(), "fact-date", lang);
            view! {
                <li class="fact">
                    <div class="fact-head">
                        <strong class="fact-label">{fact.label.get(lang).to_string()}</strong>
                        {date}
                    </div>
                    {detail}
                    <CiteRef cite=fact.cite.clone()/>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="facts" data-testid=testid>{items}</ul> }.into_any()
}

/// One stated investment: the amount as the report words it, period and purpose.
pub fn investment_line(inv: &InvestmentRef<'_>, lang: Lang) -> AnyView {
    let amount = amount_text(&inv.investment.amount);
    let kind = if inv.is_money() { "money" } else { "ratio" };
    let period = optional_text(inv.investment.period.as_ref(), "inv-period", lang);
    let purpose = optional_text(inv.investment.purpose.as_ref(), "inv-purpose", lang);
    view! {
        <li class=format!("investment investment-{kind}")>
            <strong class="inv-amount">{amount.get(lang).to_string()}</strong>
            {period}
            {purpose}
            <q class="inv-wording" lang="zh-CN">{inv.investment.amount.wording.clone()}</q>
        </li>
    }
    .into_any()
}

/// A measure example's date and partner, where stated.
pub fn example_date_partner(example: &MeasureExample, lang: Lang) -> impl IntoView {
    let date = optional_text(example.date.as_ref(), "example-date", lang);
    let partner = example.partner.as_ref().map(|p| {
        view! {
            <span class="example-partner">
                {lang.t(StrategyUi::Partner)} ": " {p.get(lang).to_string()}
            </span>
        }
    });
    view! { {date} {partner} }
}

/// The five fields of a tier card, in order, with their labels.
fn tier_fields(tier: &Tier) -> [(StrategyUi, Option<&crate::domain::Text>); 5] {
    [
        (StrategyUi::Positioning, tier.positioning.as_ref()),
        (StrategyUi::BusinessLayout, tier.business_layout.as_ref()),
        (StrategyUi::Infrastructure, tier.infrastructure.as_ref()),
        (StrategyUi::OwnCapabilities, tier.own_capabilities.as_ref()),
        (StrategyUi::AiRole, tier.ai_role.as_ref()),
    ]
}

fn tier_card(data: &Dataset, tier: &Tier, lang: Lang) -> impl IntoView {
    let operators = tier
        .operators
        .iter()
        .map(|id| view! { <li>{operator_link(data, id, lang)}</li> })
        .collect_view();
    let fields = tier_fields(tier)
        .into_iter()
        .map(|(key, text)| {
            view! {
                <dt>{lang.t(key)}</dt>
                <dd>{text_or_not_stated(text, lang)}</dd>
            }
        })
        .collect_view();
    view! {
        <article
            class=format!("card tier-card tier-{}", tier.id.key())
            data-testid="tier-card"
            data-tier=tier.id.key()
        >
            <header class="tier-card-head">
                <span class="tier-rank" title=lang.t(StrategyUi::TierRank)>{tier.rank}</span>
                <h3>{tier.name.get(lang).to_string()}</h3>
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
        profile::tiers_by_rank(&cards_data)
            .into_iter()
            .rev()
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

fn measure_card(data: &Dataset, measure: &Measure, lang: Lang) -> impl IntoView {
    let examples = measure
        .examples
        .iter()
        .map(|example| {
            let operators = example
                .operators
                .iter()
                .map(|id| operator_link(data, id, lang))
                .collect_view();
            let investments = profile::all_investments(data)
                .into_iter()
                .filter(|inv| inv.example.id == example.id)
                .map(|inv| investment_line(&inv, lang))
                .collect_view();
            view! {
                <li class="example" data-example=example.id.to_string()>
                    <div class="example-meta">{operators} {example_date_partner(example, lang)}</div>
                    <p>{example.description.get(lang).to_string()}</p>
                    <ul class="investments">{investments}</ul>
                    <CiteRef cite=example.cite.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="card measure" data-measure=measure.id.to_string()>
            <h3>
                <span class="measure-number">{measure.number}</span>
                {measure.name.get(lang).to_string()}
            </h3>
            <p class="rationale">{measure.rationale.get(lang).to_string()}</p>
            <CiteRef cite=measure.cite.clone()/>
            <h4>{lang.t(StrategyUi::Examples)}</h4>
            <ul class="examples">{examples}</ul>
        </article>
    }
}

#[component]
fn MeasuresSection() -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let measures = move || {
        let lang = lang.get();
        let mut measures: Vec<&Measure> = data.measures.iter().collect();
        measures.sort_by_key(|m| m.number);
        measures
            .into_iter()
            .map(|measure| measure_card(&data, measure, lang))
            .collect_view()
    };
    view! {
        <section class="measures" data-testid="measures">
            <h2>{move || lang.get().t(StrategyUi::MeasuresTitle)}</h2>
            <p class="lede">{move || lang.get().t(StrategyUi::MeasuresLede)}</p>
            <div class="measure-grid">{measures}</div>
        </section>
    }
}

#[component]
fn InvestmentsSection() -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let money_charts = charts::money_units(&data)
        .into_iter()
        .enumerate()
        .map(|(index, unit)| {
            let chart_data = data.clone();
            let unit_zh = unit.zh.clone();
            let figure = Signal::derive(move || {
                charts::money_investments(&chart_data, lang.get(), &unit_zh)
            });
            let label = Signal::derive(move || {
                format!(
                    "{} ({})",
                    lang.get().t(StrategyUi::MoneyChartLabel),
                    unit.get(lang.get())
                )
            });
            let name = if index == 0 {
                "investments-money".to_string()
            } else {
                format!("investments-money-{}", index + 1)
            };
            view! { <ChartView figure label name height=340/> }
        })
        .collect_view();
    let share_data = data.clone();
    let share_figure = Signal::derive(move || charts::share_investments(&share_data, lang.get()));
    let uncharted_data = data.clone();
    let uncharted = move || {
        let lang = lang.get();
        let lines = charts::uncharted_investments(&uncharted_data)
            .into_iter()
            .map(|inv| {
                let who = inv
                    .example
                    .operators
                    .iter()
                    .map(|id| operator_link(&uncharted_data, id, lang))
                    .collect_view();
                view! {
                    <li>
                        {who} ": " <strong>{amount_text(&inv.investment.amount).get(lang).to_string()}</strong>
                        " " <CiteRef cite=inv.example.cite.clone()/>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="note">{lang.t(StrategyUi::NotCharted)}</p>
            <ul class="uncharted">{lines}</ul>
        }
    };
    let sources_data = data.clone();
    let sources = move || {
        let lang = lang.get();
        let mut seen: Vec<&str> = Vec::new();
        profile::all_investments(&sources_data)
            .into_iter()
            .filter(|inv| {
                let fresh = !seen.contains(&inv.example.id.as_str());
                seen.push(&inv.example.id);
                fresh
            })
            .map(|inv| {
                let who = inv
                    .example
                    .operators
                    .iter()
                    .filter_map(|id| profile::operator(&sources_data, id))
                    .map(|op| op.name.get(lang).to_string())
                    .collect::<Vec<_>>()
                    .join(" / ");
                view! {
                    <li>
                        <span class="source-who">{who}</span>
                        " "
                        <CiteRef cite=inv.example.cite.clone()/>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="investments" data-testid="investments">
            <h2>{move || lang.get().t(StrategyUi::InvestmentsTitle)}</h2>
            <p class="lede">{move || lang.get().t(StrategyUi::InvestmentsLede)}</p>
            {money_charts}
            <ChartView
                figure=share_figure
                label=Signal::derive(move || lang.get().t(StrategyUi::ShareChartLabel).to_string())
                name="investments-share"
                height=220
            />
            {uncharted}
            <details class="sources">
                <summary>{move || lang.get().t(StrategyUi::Sources)}</summary>
                <ul>{sources}</ul>
            </details>
        </section>
    }
}

/// Colour class of a tier, for the other pages.
pub fn tier_class(tier: Option<TierId>) -> String {
    match tier {
        Some(tier) => format!("tier-{}", tier.key()),
        None => "tier-none".to_string(),
    }
}
