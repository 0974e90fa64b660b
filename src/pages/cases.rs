//! The case explorer (/cases): facets with live counts, search with highlighting, cards or
//! a table, paging, charts and exports. Every piece of state lives in the URL; this view
//! only wires the URL to the pure functions of `domain::query`, `domain::search`,
//! `domain::export` and `charts::cases`.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::charts::cases::{
    cases_by_domain, group_name, outcome_groups, outcomes_chart, DomainChart,
};
use crate::charts::ChartTarget;
use crate::components::chart::ChartView;
use crate::components::cite::CiteRef;
use crate::components::download::save_text;
use crate::components::facets::{FacetGroup, FacetValue};
use crate::components::highlight::Highlight;
use crate::components::segmented::{Segment, Segmented};
use crate::context::{use_app, use_lang};
use crate::domain::amount::figure_text;
use crate::domain::catalog::Catalog;
use crate::domain::export::{cases_csv, cases_json};
use crate::domain::query::{
    paging, CaseIndex, CaseQuery, ChartBy, Facet, Notice, QueryResult, Sort, View, QUANT_YES,
};
use crate::domain::search::Search;
use crate::domain::{Case, Dataset, Domain, Market, MetricKind, Subdomain};
use crate::i18n::cases::{self as text, CaseUi};
use crate::i18n::Ui;
use crate::i18n::{domain_name, metric_kind_name, subdomain_name, Lang};
use crate::routes::Route;

/// The explorer query in the URL, with notices for whatever was ignored.
pub fn use_case_query(catalog: Arc<Catalog>) -> Memo<(CaseQuery, Vec<Notice>)> {
    let query_map = use_query_map();
    Memo::new(move |_| query_map.with(|map| CaseQuery::parse(map, &catalog.case_index().vocab)))
}

/// The display label of a facet value.
pub fn value_label(data: &Dataset, facet: Facet, key: &str, lang: Lang) -> String {
    let found = match facet {
        Facet::Domain => Domain::from_key(key).map(|d| domain_name(d, lang).to_string()),
        Facet::Sub => Subdomain::from_key(key).map(|s| subdomain_name(s, lang).to_string()),
        Facet::Org => data
            .organisations
            .iter()
            .find(|o| o.id == key)
            .map(|o| o.name.get(lang).to_string()),
        Facet::Op => data
            .operators
            .iter()
            .find(|o| o.id == key)
            .map(|o| o.name.get(lang).to_string()),
        Facet::Tech => data
            .technologies
            .iter()
            .find(|x| x.id == key)
            .map(|x| x.name.get(lang).to_string()),
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
            .challenges
            .iter()
            .find(|c| c.id == key)
            .map(|c| format!("{}. {}", c.number, c.title.get(lang))),
        Facet::Rec => data
            .recommendations
            .iter()
            .find(|r| r.id == key)
            .map(|r| format!("{}. {}", r.number, r.title.get(lang))),
    };
    found.unwrap_or_else(|| key.to_string())
}

/// Facets with a checkbox list, in display order. Challenge and recommendation filters
/// arrive by link and show as chips.
const PANEL_FACETS: [Facet; 8] = [
    Facet::Domain,
    Facet::Sub,
    Facet::Op,
    Facet::Org,
    Facet::Tech,
    Facet::Market,
    Facet::Metric,
    Facet::Quant,
];

fn facet_values(
    data: &Dataset,
    index: &CaseIndex,
    query: &CaseQuery,
    result: &QueryResult,
    facet: Facet,
    lang: Lang,
) -> Vec<FacetValue> {
    index.vocab.values[facet.index()]
        .iter()
        .enumerate()
        .filter(|(at, key)| index.total(facet, *at) > 0 || query.is_selected(facet, key))
        .map(|(at, key)| FacetValue {
            key: key.clone(),
            label: value_label(data, facet, key, lang),
            count: result.count(facet, at),
            selected: query.is_selected(facet, key),
        })
        .collect()
}

fn organisation_names(data: &Dataset, case: &Case, lang: Lang) -> Vec<String> {
    case.organisations
        .iter()
        .map(|id| value_label(data, Facet::Org, id, lang))
        .collect()
}

fn technology_names(data: &Dataset, case: &Case, lang: Lang) -> Vec<String> {
    case.technologies
        .iter()
        .map(|id| value_label(data, Facet::Tech, id, lang))
        .collect()
}

#[component]
pub fn CasesPage() -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let parsed = use_case_query(data.clone());
    let query = Memo::new(move |_| parsed.with(|(query, _)| query.clone()));
    let notices = Memo::new(move |_| parsed.with(|(_, notices)| notices.clone()));
    let result = {
        let data = data.clone();
        Memo::new(move |_| query.with(|query| data.case_index().run(query)))
    };
    let navigate = use_navigate();
    // Push for user actions so Back steps through them; replace while typing a search.
    let go = Callback::new(move |(next, replace): (CaseQuery, bool)| {
        navigate(
            &Route::Cases(next).href(lang.get_untracked()),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    });
    let push = move |next: CaseQuery| go.run((next, false));

    let title = move || lang.get().t(CaseUi::Title);
    Effect::new(move |_| {
        document().set_title(&format!(
            "{} · {}",
            lang.get().t(CaseUi::Title),
            lang.get().t(Ui::AppTitle)
        ));
    });

    let facets_view = {
        let data = data.clone();
        PANEL_FACETS
            .into_iter()
            .map(|facet| {
                let data = data.clone();
                let values = Signal::derive(move || {
                    let lang = lang.get();
                    query.with(|query| {
                        result.with(|result| facet_values(&data, data.case_index(), query, result, facet, lang))
                    })
                });
                view! {
                    <FacetGroup
                        param=facet.param()
                        title=Signal::derive(move || text::facet_name(facet, lang.get()).to_string())
                        values
                        on_toggle=Callback::new(move |key: String| {
                            push(query.get_untracked().toggled(facet, &key))
                        })
                        on_clear=Callback::new(move |_| push(query.get_untracked().cleared(facet)))
                    />
                }
            })
            .collect_view()
    };

    view! {
        <section class="page cases-page">
            <header class="page-header">
                <h1>{title}</h1>
                <p class="lede">{move || lang.get().t(CaseUi::Intro)}</p>
            </header>
            <Notices notices/>
            <div class="cases-layout">
                <aside class="facets" aria-label=move || lang.get().t(CaseUi::Filters)>
                    <div class="facets-head">
                        <h2>{move || lang.get().t(CaseUi::Filters)}</h2>
                        <button
                            type="button"
                            class="secondary"
                            data-testid="clear-all"
                            prop:disabled=move || !query.with(CaseQuery::has_filters)
                            on:click=move |_| push(query.get_untracked().cleared_all())
                        >
                            {move || lang.get().t(CaseUi::ClearAll)}
                        </button>
                    </div>
                    {facets_view}
                </aside>
                <div class="cases-main">
                    <SearchBox query go/>
                    <Chips query push=Callback::new(push)/>
                    <ResultBar query result push=Callback::new(push)/>
                    <Results query result/>
                    <DomainChartPanel query result push=Callback::new(push)/>
                    <OutcomesPanel query result push=Callback::new(push)/>
                </div>
            </div>
        </section>
    }
}

#[component]
fn Notices(notices: Memo<Vec<Notice>>) -> impl IntoView {
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
fn SearchBox(query: Memo<CaseQuery>, go: Callback<(CaseQuery, bool)>) -> impl IntoView {
    let lang = use_lang();
    // The box keeps what is typed (with spaces); the URL keeps it trimmed.
    let typed = RwSignal::new(query.get_untracked().q);
    Effect::new(move |_| {
        let q = query.with(|query| query.q.clone());
        if typed.get_untracked().trim() != q {
            typed.set(q);
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        typed.set(value.clone());
        let current = query.get_untracked();
        // The first keystroke of a search is a step Back can return to; the rest replace it.
        let replace = !current.q.is_empty();
        go.run((current.with_search(&value), replace));
    };
    view! {
        <div class="search-box" role="search">
            <label for="case-search">{move || lang.get().t(CaseUi::Search)}</label>
            <input
                id="case-search"
                type="search"
                data-testid="search"
                autocomplete="off"
                placeholder=move || lang.get().t(CaseUi::SearchPlaceholder)
                prop:value=move || typed.get()
                on:input=on_input
            />
            <Show when=move || !typed.with(|q| q.is_empty())>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        typed.set(String::new());
                        go.run((query.get_untracked().with_search(""), false));
                    }
                >
                    {move || lang.get().t(CaseUi::ClearSearch)}
                </button>
            </Show>
        </div>
    }
}

/// Active filters as removable chips, including the challenge / recommendation a link set.
#[component]
fn Chips(query: Memo<CaseQuery>, push: Callback<CaseQuery>) -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let current = query.get();
        let chips: Vec<(Facet, String)> = Facet::ALL
            .iter()
            .flat_map(|facet| {
                current
                    .values(*facet)
                    .iter()
                    .map(move |value| (*facet, value.clone()))
            })
            .collect();
        (!chips.is_empty()).then(|| {
            view! {
                <ul class="chips" aria-label=lang.t(CaseUi::Filters)>
                    {chips
                        .into_iter()
                        .map(|(facet, value)| {
                            let label = value_label(&data, facet, &value, lang);
                            let next = current.toggled(facet, &value);
                            let remove = format!("{} {label}", lang.t(CaseUi::Remove));
                            view! {
                                <li class="chip" data-testid="chip" data-facet=facet.param() data-value=value.clone()>
                                    <span class="chip-facet">{text::facet_name(facet, lang)}</span>
                                    <span class="chip-label">{label}</span>
                                    <button
                                        type="button"
                                        class="chip-remove"
                                        aria-label=remove
                                        on:click=move |_| push.run(next.clone())
                                    >
                                        "×"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })
    }
}

/// Count, sort, view switch and downloads.
#[component]
fn ResultBar(
    query: Memo<CaseQuery>,
    result: Memo<QueryResult>,
    push: Callback<CaseQuery>,
) -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let total = data.cases.len();
    let count = move || text::result_count(lang.get(), result.with(|r| r.cases.len()), total);
    let download_csv = {
        let data = data.clone();
        move |_| {
            let rows = result.with_untracked(|r| r.cases.clone());
            match cases_csv(&data, &rows) {
                Ok(csv) => save_text(&csv, "text/csv;charset=utf-8", "cases.csv"),
                Err(err) => leptos::logging::error!("CSV export failed: {err}"),
            }
        }
    };
    let download_json = {
        let data = data.clone();
        move |_| {
            let rows = result.with_untracked(|r| r.cases.clone());
            let qs = query.with_untracked(CaseQuery::to_query_string);
            match cases_json(&data, &rows, &qs) {
                Ok(json) => save_text(&json, "application/json", "cases.json"),
                Err(err) => leptos::logging::error!("JSON export failed: {err}"),
            }
        }
    };
    let views = [(View::Cards, CaseUi::Cards), (View::Table, CaseUi::Table)]
        .map(|(view, key)| {
            Segment::new(view, format!("view-{}", view.key()), move || {
                lang.get().t(key)
            })
        })
        .to_vec();
    view! {
        <div class="result-bar">
            <p class="result-count" data-testid="result-count" aria-live="polite">{count}</p>
            <label class="inline-field">
                <span>{move || lang.get().t(CaseUi::Sort)}</span>
                <select
                    data-testid="sort"
                    on:change=move |ev| {
                        let sort = Sort::from_key(&event_target_value(&ev)).unwrap_or_default();
                        push.run(query.get_untracked().with_sort(sort));
                    }
                >
                    {move || {
                        let lang = lang.get();
                        let current = query.with(|q| q.sort);
                        Sort::ALL
                            .iter()
                            .copied()
                            .map(|sort| {
                                view! {
                                    <option value=sort.key() selected=sort == current>
                                        {text::sort_name(sort, lang)}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
            <Segmented
                options=views
                current=Signal::derive(move || query.with(|q| q.view))
                on_select=Callback::new(move |view| push.run(query.get_untracked().with_view(view)))
                label=Signal::derive(move || lang.get().t(CaseUi::View).to_string())
            />
            <div class="downloads">
                <button type="button" class="secondary" data-testid="download-csv" on:click=download_csv>
                    {move || lang.get().t(CaseUi::DownloadCsv)}
                </button>
                <button type="button" class="secondary" data-testid="download-json" on:click=download_json>
                    {move || lang.get().t(CaseUi::DownloadJson)}
                </button>
            </div>
        </div>
    }
}

#[component]
fn Results(query: Memo<CaseQuery>, result: Memo<QueryResult>) -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let current = query.get();
        let search = Search::new(&current.q);
        let rows = result.with(|r| r.cases.clone());
        let paged = paging(rows.len(), current.page);
        if rows.is_empty() {
            return view! { <p class="empty" data-testid="no-results">{lang.t(CaseUi::NoResults)}</p> }
                .into_any();
        }
        let shown: Vec<&Case> = rows[paged.range.clone()]
            .iter()
            .filter_map(|&i| data.cases.get(i))
            .collect();
        let body = match current.view {
            View::Cards => view! {
                <div class="case-cards" data-testid="results">
                    {shown
                        .iter()
                        .map(|case| case_card(&data, case, &current, &search, lang))
                        .collect_view()}
                </div>
            }
            .into_any(),
            View::Table => view! {
                <div class="table-scroll">
                    <table class="data case-table" data-testid="results">
                        <thead>
                            <tr>
                                <th scope="col">{lang.t(CaseUi::ColTitle)}</th>
                                <th scope="col">{lang.t(CaseUi::ColDomain)}</th>
                                <th scope="col">{lang.t(CaseUi::ColOrganisations)}</th>
                                <th scope="col">{lang.t(CaseUi::ColTechnologies)}</th>
                                <th scope="col">{lang.t(CaseUi::ColOutcomes)}</th>
                                <th scope="col">{lang.t(CaseUi::ColSource)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {shown
                                .iter()
                                .map(|case| case_row(&data, case, &current, &search, lang))
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any(),
        };
        view! {
            {body}
            <Pager paging=paged query=current.clone()/>
        }
        .into_any()
    }
}

/// A case's title, its matches of `search` highlighted, linking to its detail page (which
/// keeps `query`).
fn title_link(case: &Case, query: &CaseQuery, search: &Search, lang: Lang) -> impl IntoView {
    let title = case.title.get(lang).to_string();
    let search = search.clone();
    view! {
        <A href=Route::Case(case.id.clone(), query.clone()).href(lang)>
            <Highlight text=title.clone() search=search.clone()/>
        </A>
    }
}

fn case_card(
    data: &Dataset,
    case: &Case,
    query: &CaseQuery,
    search: &Search,
    lang: Lang,
) -> impl IntoView {
    let orgs = organisation_names(data, case, lang).join(" · ");
    let techs = technology_names(data, case, lang);
    let outcomes: Vec<String> = case.outcomes.iter().map(|m| m.wording.clone()).collect();
    let more = outcomes.len().saturating_sub(3);
    view! {
        <article class="case-card card" data-testid="case" data-case-id=case.id.to_string() data-domain=case.domain.key()>
            <div class="case-tags">
                <span class=format!("tag domain-{}", case.domain.key())>{domain_name(case.domain, lang)}</span>
                <span class="tag">{subdomain_name(case.subdomain, lang)}</span>
                {market_tag(case, lang)}
                {case.boxed.then(|| view! { <span class="tag boxed">{lang.t(CaseUi::Boxed)}</span> })}
            </div>
            <h3 class="case-title">{title_link(case, query, search, lang)}</h3>
            <p class="case-orgs"><Highlight text=orgs search=search.clone()/></p>
            <p class="case-summary"><Highlight text=case.summary.get(lang).to_string() search=search.clone()/></p>
            <ul class="tech-list">
                {techs
                    .into_iter()
                    .map(|name| view! { <li><Highlight text=name search=search.clone()/></li> })
                    .collect_view()}
            </ul>
            {if outcomes.is_empty() {
                view! { <p class="not-stated">{lang.t(CaseUi::NoOutcome)}</p> }.into_any()
            } else {
                view! {
                    <ul class="outcome-list" lang="zh-CN">
                        {outcomes.into_iter().take(3).map(|w| view! { <li>{w}</li> }).collect_view()}
                        {(more > 0).then(|| view! { <li class="more">{format!("+{more}")}</li> })}
                    </ul>
                }
                .into_any()
            }}
            <CiteRef cite=case.cite.clone()/>
        </article>
    }
}

/// The market, unless the sub-domain already says it (大众市场 / 政企市场).
pub fn market_tag(case: &Case, lang: Lang) -> Option<impl IntoView> {
    let market = case.market?;
    let name = text::market_name(market, lang);
    (name != subdomain_name(case.subdomain, lang))
        .then(|| view! { <span class="tag">{name}</span> })
}

fn case_row(
    data: &Dataset,
    case: &Case,
    query: &CaseQuery,
    search: &Search,
    lang: Lang,
) -> impl IntoView {
    let orgs = organisation_names(data, case, lang).join("; ");
    let techs = technology_names(data, case, lang).join("; ");
    let mut outcomes: Vec<String> = case
        .outcomes
        .iter()
        .take(3)
        .map(|m| format!("{}: {}", m.measure.get(lang), figure_text(m, lang)))
        .collect();
    if case.outcomes.len() > 3 {
        outcomes.push(format!("+{}", case.outcomes.len() - 3));
    }
    view! {
        <tr data-testid="case" data-case-id=case.id.to_string() data-domain=case.domain.key()>
            <td>{title_link(case, query, search, lang)}</td>
            <td>{domain_name(case.domain, lang)} " / " {subdomain_name(case.subdomain, lang)}</td>
            <td><Highlight text=orgs search=search.clone()/></td>
            <td><Highlight text=techs search=search.clone()/></td>
            <td>
                {if outcomes.is_empty() {
                    view! { <span class="not-stated">{lang.t(CaseUi::NoOutcome)}</span> }.into_any()
                } else {
                    view! { <ul class="plain">{outcomes.into_iter().map(|o| view! { <li>{o}</li> }).collect_view()}</ul> }
                        .into_any()
                }}
            </td>
            <td><CiteRef cite=case.cite.clone()/></td>
        </tr>
    }
}

#[component]
fn Pager(paging: crate::domain::query::Paging, query: CaseQuery) -> impl IntoView {
    let lang = use_lang();
    let lang_now = lang.get_untracked();
    if paging.pages <= 1 {
        return ().into_any();
    }
    let link = move |page: usize| Route::Cases(query.with_page(page)).href(lang_now);
    let pages: Vec<usize> = (1..=paging.pages)
        .filter(|&p| p == 1 || p == paging.pages || p.abs_diff(paging.page) <= 2)
        .collect();
    let mut items = Vec::new();
    let mut last = 0;
    for p in pages {
        if p > last + 1 {
            items.push(view! { <li class="gap">"…"</li> }.into_any());
        }
        last = p;
        let current = p == paging.page;
        items.push(
            view! {
                <li>
                    <A href=link(p) attr:aria-current=current.then_some("page") attr:data-page=p>
                        {p}
                    </A>
                </li>
            }
            .into_any(),
        );
    }
    view! {
        <nav class="pager" data-testid="pager" aria-label=lang_now.t(CaseUi::Page)>
            <span class="pager-status">{text::page_of(lang_now, paging.page, paging.pages)}</span>
            <ul>
                {(paging.page > 1).then(|| view! {
                    <li><A href=link(paging.page - 1) attr:rel="prev">{lang_now.t(CaseUi::Previous)}</A></li>
                })}
                {items}
                {(paging.page < paging.pages).then(|| view! {
                    <li><A href=link(paging.page + 1) attr:rel="next" attr:data-testid="next-page">{lang_now.t(CaseUi::Next)}</A></li>
                })}
            </ul>
        </nav>
    }
    .into_any()
}

#[component]
fn DomainChartPanel(
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
fn OutcomesPanel(
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
            {move || {
                let h = height.get();
                figure.with(|f| f.is_some()).then(|| {
                    view! {
                        <ChartView
                            figure=Signal::derive(move || {
                                figure.with(|f| f.as_ref().map(|(fig, _)| fig.clone())).unwrap_or_else(empty_figure)
                            })
                            label=Signal::derive(move || {
                                selected.with(|g| g.as_ref().map(|g| group_name(g, lang.get()))).unwrap_or_default()
                            })
                            name="case-outcomes"
                            height=h
                        />
                    }
                })
            }}
            <p class="chart-note">{move || lang.get().t(CaseUi::OutcomesNote)}</p>
        </section>
    }
}

fn empty_figure() -> crate::charts::Figure {
    crate::charts::Figure::new(charming::Chart::new(), Default::default())
}
