//! 总览 (/): the edition, headline indicator cards from chapter 一 (each with page and source),
//! growth (十三五 vs 十四五 CAGR, H1 2024), CAPEX/OPEX ratios as the report states them, and
//! entry points to each view.

use leptos::prelude::*;

use crate::charts::strategy as charts;
use crate::components::chart::ChartView;
use crate::components::cite::{optional_text, text_or_not_stated, CiteRef};
use crate::components::citing::ItemActions;
use crate::components::link::A;
use crate::context::{use_app, use_lang};
use crate::domain::amount::amount_text;
use crate::domain::brief::BriefItem;
use crate::domain::compare::Selection;
use crate::domain::indicators::{
    capex_opex_indicators, growth_series, growth_uncharted, headline_indicators,
};
use crate::domain::query::CaseQuery;
use crate::domain::report_search::Hit;
use crate::domain::Text;
use crate::domain::{Direction, Finding, Indicator};
use crate::i18n::strategy::StrategyUi;
use crate::i18n::{Lang, Ui};
use crate::routes::{anchor_of, Route};

fn indicator_card(indicator: &Indicator, lang: Lang) -> impl IntoView {
    let direction = match indicator.metric.direction {
        Some(Direction::Up) => "up",
        Some(Direction::Down) => "down",
        None => "none",
    };
    view! {
        <article
            class=format!("card indicator-card direction-{direction}")
            data-testid="indicator-card"
            id=anchor_of(&Hit::Indicator(indicator.id.clone()))
            data-indicator=indicator.id.to_string()
        >
            <div class="indicator-value">{amount_text(&indicator.metric).get(lang).to_string()}</div>
            <div class="indicator-measure">
                {indicator.subject.get(lang).to_string()}
                " · "
                {indicator.metric.measure.get(lang).to_string()}
            </div>
            <div class="indicator-period">{text_or_not_stated(indicator.period.as_ref(), lang)}</div>
            <CiteRef cite=indicator.cite.clone()/>
            <ItemActions
                cite=indicator.cite.clone()
                title=indicator_title(indicator)
                link=Route::Overview
                anchor=anchor_of(&Hit::Indicator(indicator.id.clone())).unwrap_or_default()
                pin=BriefItem::Indicator(indicator.id.clone())
            />
        </article>
    }
}

/// "subject · measure", the name an indicator goes by.
fn indicator_title(indicator: &Indicator) -> Text {
    Text {
        zh: format!("{} · {}", indicator.subject.zh, indicator.metric.measure.zh),
        en: format!("{} · {}", indicator.subject.en, indicator.metric.measure.en),
    }
}

/// A statement of the report with no number to chart, in its own words, with its source.
fn finding_card(finding: &Finding, lang: Lang) -> impl IntoView {
    view! {
        <article
            class="card finding-card"
            id=anchor_of(&Hit::Finding(finding.id.clone()))
            data-testid="finding-card"
            data-finding=finding.id.to_string()
        >
            <h3 class="finding-topic">{finding.topic.get(lang).to_string()}</h3>
            <p class="finding-statement">{finding.statement.get(lang).to_string()}</p>
            {optional_text(finding.period.as_ref(), "indicator-period", lang)}
            <CiteRef cite=finding.cite.clone()/>
            <ItemActions
                cite=finding.cite.clone()
                title=finding.topic.clone()
                link=Route::Overview
                anchor=anchor_of(&Hit::Finding(finding.id.clone())).unwrap_or_default()
                pin=BriefItem::Finding(finding.id.clone())
            />
        </article>
    }
}

fn source_line(indicator: &Indicator, lang: Lang) -> impl IntoView {
    view! {
        <li>
            <span class="source-who">
                {indicator.subject.get(lang).to_string()}
                " · "
                {indicator.metric.measure.get(lang).to_string()}
                " · "
                {text_or_not_stated(indicator.period.as_ref(), lang)}
            </span>
            " "
            <CiteRef cite=indicator.cite.clone()/>
        </li>
    }
}

#[component]
pub fn OverviewPage() -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();

    let hero_data = data.clone();
    let hero = move || {
        let lang = lang.get();
        hero_data.edition.as_ref().map(|edition| {
            let publishers = edition
                .publishers
                .iter()
                .map(|p| p.get(lang).to_string())
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <header class="hero">
                    <p class="eyebrow">{lang.t(Ui::NavOverview)}</p>
                    <h1>
                        {edition.title.get(lang).to_string()}
                        <small>{edition.subtitle.get(lang).to_string()}</small>
                    </h1>
                    <p class="publishers">
                        {publishers} " · " {edition.date.get(lang).to_string()} " · "
                        {edition.report_number.clone()}
                    </p>
                    <p class="lede">{lang.t(StrategyUi::OverviewLede)}</p>
                </header>
            }
        })
    };

    let headline_data = data.clone();
    let headline = move || {
        let lang = lang.get();
        headline_indicators(&headline_data)
            .into_iter()
            .map(|i| indicator_card(i, lang))
            .collect_view()
    };

    let findings_data = data.clone();
    let findings = move || {
        let lang = lang.get();
        findings_data
            .findings
            .iter()
            .map(|finding| finding_card(finding, lang))
            .collect_view()
    };

    let growth_data = data.clone();
    let growth_figure = Signal::derive(move || charts::growth(&growth_data, lang.get()));
    let growth_sources_data = data.clone();
    let growth_cards = move || {
        let lang = lang.get();
        let sources = growth_series(&growth_sources_data)
            .into_iter()
            .map(|i| source_line(i, lang))
            .collect_view();
        let cards = growth_uncharted(&growth_sources_data)
            .into_iter()
            .map(|i| indicator_card(i, lang))
            .collect_view();
        view! {
            <ul class="chart-sources">{sources}</ul>
            <div class="indicator-grid compact" data-testid="growth-cards">{cards}</div>
        }
    };

    let capex_data = data.clone();
    let capex_figure = Signal::derive(move || charts::capex_opex(&capex_data, lang.get()));
    let capex_sources_data = data.clone();
    let capex_sources = move || {
        let lang = lang.get();
        capex_opex_indicators(&capex_sources_data)
            .into_iter()
            .map(|i| source_line(i, lang))
            .collect_view()
    };

    let entries =
        move || {
            let lang = lang.get();
            [
            (Route::Strategy, Ui::NavStrategy, StrategyUi::EntryStrategy),
            (Route::Operators, Ui::NavOperators, StrategyUi::EntryOperators),
            (Route::Compare(Selection::default()), Ui::NavCompare, StrategyUi::EntryCompare),
            (Route::Cases(CaseQuery::default()), Ui::NavCases, StrategyUi::EntryCases),
            (Route::Challenges { focus: None }, Ui::NavChallenges, StrategyUi::EntryChallenges),
        ]
        .into_iter()
        .map(|(route, title, blurb)| {
            view! {
                <A href=route.href(lang) attr:class="card entry-card" attr:data-entry=route.path()>
                    <strong>{lang.t(title)}</strong>
                    <span>{lang.t(blurb)}</span>
                    <span class="entry-open">{lang.t(StrategyUi::Open)} " →"</span>
                </A>
            }
        })
        .collect_view()
        };

    view! {
        <section class="page overview" data-testid="overview-page">
            {hero}
            <nav class="entry-grid" data-testid="entry-points" aria-label=move || lang.get().t(StrategyUi::ExploreTitle)>
                {entries}
            </nav>
            <h2>{move || lang.get().t(StrategyUi::HeadlineTitle)}</h2>
            <div class="indicator-grid" data-testid="headline-cards">{headline}</div>
            <h2>{move || lang.get().t(StrategyUi::FindingsTitle)}</h2>
            <p class="hint">{move || lang.get().t(StrategyUi::FindingsLede)}</p>
            <div class="finding-grid" data-testid="finding-cards">{findings}</div>
            <div class="overview-charts">
                <section class="overview-panel" data-testid="growth">
                    <h2>{move || lang.get().t(StrategyUi::GrowthTitle)}</h2>
                    <ChartView
                        figure=growth_figure
                        label=Signal::derive(move || lang.get().t(StrategyUi::GrowthChartLabel).to_string())
                        name="growth"
                        height=280
                    />
                    {growth_cards}
                </section>
                <section class="overview-panel" data-testid="capex-opex">
                    <h2>{move || lang.get().t(StrategyUi::CapexTitle)}</h2>
                    <p class="hint">{move || lang.get().t(StrategyUi::CapexLede)}</p>
                    <ChartView
                        figure=capex_figure
                        label=Signal::derive(move || lang.get().t(StrategyUi::CapexChartLabel).to_string())
                        name="capex-opex"
                        height=320
                    />
                    <ul class="chart-sources">{capex_sources}</ul>
                </section>
            </div>
        </section>
    }
}
