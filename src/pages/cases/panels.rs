//! The explorer's notices and chart panels: cases by domain (a click filters) and the
//! stated outcomes of one comparable group. The panels sit below the results and follow
//! the query one painted frame later (`components::defer::follow_after_paint`).

use leptos::prelude::*;

use crate::charts::cases::{cases_by_domain, group_name, outcomes_chart, DomainChart};
use crate::charts::{ChartTarget, Figure};
use crate::components::chart::ChartView;
use crate::components::segmented::{Segment, Segmented};
use crate::context::{use_app, use_lang};
use crate::domain::outcomes::outcome_groups;
use crate::domain::query::{CaseQuery, ChartBy, Facet, Notice, QueryResult};
use crate::i18n::cases::{self as text, CaseUi};
use crate::i18n::metric_kind_name;

#[component]
pub(super) fn Notices(notices: Memo<Vec<Notice>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let list = notices.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="notice" role="status" data-testid="notices">
                    <p>{lang.t(CaseUi::Notices)}</p>
                    <ul>
                        {list
                            .iter()
                            .map(|notice| view! { <li>{text::notice_text(notice, lang)}</li> })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

#[component]
pub(super) fn DomainChartPanel(
    query: Memo<CaseQuery>,
    result: Memo<QueryResult>,
    push: Callback<CaseQuery>,
) -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let chart: Memo<DomainChart> = {
        let data = data.clone();
        Memo::new(move |_| {
            let by = query.with(|q| q.by);
            result.with(|r| cases_by_domain(&data, &r.cases, lang.get(), by))
        })
    };
    let on_click = Callback::new(move |target: ChartTarget| {
        if let ChartTarget::Filter {
            domain,
            facet,
            value,
        } = target
        {
            let next = query
                .get_untracked()
                .with_only(Facet::Domain, domain.key())
                .with_only(facet, &value);
            push.run(next);
        }
    });
    let stackings = [
        (ChartBy::Operator, CaseUi::ChartByOperator),
        (ChartBy::Organisation, CaseUi::ChartByOrganisation),
    ]
    .map(|(by, key)| {
        Segment::new(by, format!("chart-by-{}", by.key()), move || {
            lang.get().t(key)
        })
    })
    .to_vec();
    view! {
        <section class="chart-panel" data-testid="domain-chart-panel">
            <div class="chart-options">
                <Segmented
                    options=stackings
                    current=Signal::derive(move || query.with(|q| q.by))
                    on_select=Callback::new(move |by| push.run(query.get_untracked().with_by(by)))
                />
                <span class="hint">{move || lang.get().t(CaseUi::ChartClickHint)}</span>
            </div>
            <ChartView
                figure=Signal::derive(move || chart.with(|c| c.figure.clone()))
                label=Signal::derive(move || lang.get().t(CaseUi::ChartDomainTitle).to_string())
                name="cases-by-domain"
                height=320
                on_click=on_click
            />
            <p class="chart-note">{move || lang.get().t(CaseUi::ChartMultiNote)}</p>
        </section>
    }
}

#[component]
pub(super) fn OutcomesPanel(
    query: Memo<CaseQuery>,
    result: Memo<QueryResult>,
    push: Callback<CaseQuery>,
) -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let groups = {
        let data = data.clone();
        Memo::new(move |_| result.with(|r| outcome_groups(&data, &r.cases)))
    };
    // The group asked for in the URL if the result has it, else the biggest.
    let selected = Memo::new(move |_| {
        let asked = query.with(|q| q.cmp.clone());
        groups.with(|groups| {
            asked
                .as_ref()
                .and_then(|key| groups.iter().find(|g| &g.key == key))
                .or(groups.first())
                .cloned()
        })
    });
    let figure = {
        let data = data.clone();
        Memo::new(move |_| {
            let key = selected.with(|g| g.as_ref().map(|g| g.key.clone()));
            result.with(|r| key.map(|key| outcomes_chart(&data, &r.cases, lang.get(), &key)))
        })
    };
    let height = Memo::new(move |_| {
        let bars = figure.with(|f| f.as_ref().map_or(0, |(fig, _)| fig.table.rows.len()));
        (80 + 26 * bars.max(3)) as u32
    });
    let has_figure = Memo::new(move |_| figure.with(Option::is_some));
    view! {
        <section class="chart-panel outcomes-panel" data-testid="outcomes-panel">
            <h2>{move || lang.get().t(CaseUi::OutcomesTitle)}</h2>
            {move || {
                let lang = lang.get();
                let list = groups.get();
                if list.is_empty() {
                    return view! { <p class="empty">{lang.t(CaseUi::OutcomesNone)}</p> }.into_any();
                }
                let current = selected.with(|g| g.as_ref().map(|g| g.key.clone()));
                view! {
                    <label class="inline-field">
                        <span>{lang.t(CaseUi::OutcomesGroup)}</span>
                        <select
                            data-testid="outcome-group"
                            on:change=move |ev| {
                                let key = event_target_value(&ev);
                                push.run(query.get_untracked().with_cmp(Some(key)));
                            }
                        >
                            {list
                                .iter()
                                .map(|group| {
                                    let label = text::group_label(
                                        lang,
                                        metric_kind_name(group.kind, lang),
                                        group.unit.get(lang),
                                        group.figures,
                                        group.cases,
                                    );
                                    view! {
                                        <option value=group.key.clone() selected=current.as_deref() == Some(group.key.as_str())>
                                            {label}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                }
                .into_any()
            }}
            {move || {
                let lang = lang.get();
                selected.get().map(|group| {
                    let capped = figure.with(|f| f.as_ref().map(|(fig, total)| (fig.table.rows.len(), *total)));
                    view! {
                        <p class="baseline-note" data-testid="baseline-note">
                            <strong>{group_name(&group, lang)}</strong>
                            " — "
                            {text::baseline_note(lang, group.baseline_cases, group.cases)}
                        </p>
                        {capped
                            .filter(|(shown, total)| shown < total)
                            .map(|(shown, total)| view! { <p class="chart-note">{text::capped_note(lang, shown, total)}</p> })}
                    }
                })
            }}
            // Built once while there is a figure: a new result updates the chart (and its
            // height) in place rather than making a new ECharts instance.
            {move || {
                has_figure.get().then(|| {
                    view! {
                        <ChartView
                            figure=Signal::derive(move || {
                                figure.with(|f| f.as_ref().map(|(fig, _)| fig.clone())).unwrap_or_else(empty_figure)
                            })
                            label=Signal::derive(move || {
                                selected.with(|g| g.as_ref().map(|g| group_name(g, lang.get()))).unwrap_or_default()
                            })
                            name="case-outcomes"
                            height
                        />
                    }
                })
            }}
            <p class="chart-note">{move || lang.get().t(CaseUi::OutcomesNote)}</p>
        </section>
    }
}

fn empty_figure() -> Figure {
    Figure::new(charming::Chart::new(), Default::default())
}
