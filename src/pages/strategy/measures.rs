//! The five measures of 三(二) with their examples, and the investments the report states
//! (money and shares apart, the rest listed), with their sources.

use leptos::prelude::*;

use crate::charts::strategy as charts;
use crate::components::chart::ChartView;
use crate::components::cite::CiteRef;
use crate::components::citing::ItemActions;
use crate::components::measure::{example_date_partner, investment_line};
use crate::components::operator::operator_link;
use crate::context::{use_app, use_lang};
use crate::domain::amount::amount_text;
use crate::domain::brief::BriefItem;
use crate::domain::catalog::Catalog;
use crate::domain::investments::{
    examples_stating_investments, money_units, uncharted_investments,
};
use crate::domain::profile::{self, ExampleRef};
use crate::domain::report_search::Hit;
use crate::domain::Measure;
use crate::i18n::strategy::StrategyUi;
use crate::i18n::Lang;
use crate::routes::{anchor_of, Route};

fn measure_card(data: &Catalog, measure: &Measure, lang: Lang) -> impl IntoView {
    let examples = measure
        .examples
        .iter()
        .map(|example| {
            let operators = example
                .operators
                .iter()
                .map(|id| operator_link(data, id, lang))
                .collect_view();
            let investments = ExampleRef { measure, example }
                .investments()
                .iter()
                .map(|inv| investment_line(inv, lang))
                .collect_view();
            view! {
                <li class="example" id=anchor_of(&Hit::Example(example.id.clone())) data-example=example.id.to_string()>
                    <div class="example-meta">{operators} {example_date_partner(example, lang)}</div>
                    <p>{example.description.get(lang).to_string()}</p>
                    <ul class="investments">{investments}</ul>
                    <CiteRef cite=example.cite.clone()/>
                    <ItemActions
                        cite=example.cite.clone()
                        title=measure.name.clone()
                        link=Route::Strategy
                        anchor=anchor_of(&Hit::Example(example.id.clone())).unwrap_or_default()
                        pin=BriefItem::Example(example.id.clone())
                    />
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="card measure" id=anchor_of(&Hit::Measure(measure.id.clone())) data-measure=measure.id.to_string()>
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
pub fn MeasuresSection() -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let measures = move || {
        let lang = lang.get();
        profile::measures_by_number(&data)
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
pub fn InvestmentsSection() -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let money_charts = money_units(&data)
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
        let lines = uncharted_investments(&uncharted_data)
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
        examples_stating_investments(&sources_data)
            .into_iter()
            .map(|inv| {
                let who = inv
                    .example
                    .operators
                    .iter()
                    .filter_map(|id| sources_data.operator(id))
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
