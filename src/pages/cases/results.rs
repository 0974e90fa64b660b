//! The explorer's result: count, sort, view switch and downloads; cards or a table; paging.

use leptos::prelude::*;

use crate::components::case_tags::{case_citation, market_tag};
use crate::components::cite::CiteRef;
use crate::components::citing::{use_citing, view_permalink};
use crate::components::defer::{after_next_paint, Turns};
use crate::components::download::save_text;
use crate::components::highlight::marked;
use crate::components::labels::value_label;
use crate::components::link::A;
use crate::components::segmented::{Segment, Segmented};
use crate::components::table_head::table_head;
use crate::context::{use_app, use_lang};
use crate::domain::amount::figure_text;
use crate::domain::catalog::Catalog;
use crate::domain::citation::Pinpoint;
use crate::domain::export::{cases_csv, cases_json};
use crate::domain::query::{
    first_batch, paging, CaseQuery, Facet, Paging, QueryResult, Sort, View, FIRST_BATCH,
};
use crate::domain::search::Search;
use crate::domain::Case;
use crate::i18n::cases::{self as text, CaseUi};
use crate::i18n::{domain_name, subdomain_name, Lang};
use crate::routes::Route;

fn organisation_names(data: &Catalog, case: &Case, lang: Lang) -> Vec<String> {
    case.organisations
        .iter()
        .map(|id| value_label(data, Facet::Org, id, lang))
        .collect()
}

fn technology_names(data: &Catalog, case: &Case, lang: Lang) -> Vec<String> {
    case.technologies
        .iter()
        .map(|id| value_label(data, Facet::Tech, id, lang))
        .collect()
}

/// Count, sort, view switch and downloads.
#[component]
pub(super) fn ResultBar(
    query: Memo<CaseQuery>,
    result: Memo<QueryResult>,
    push: Callback<CaseQuery>,
) -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let total = data.cases.len();
    let count = move || text::result_count(lang.get(), result.with(|r| r.cases.len()), total);
    // Exports carry how to cite them: the report, with this view's permalink.
    let citing = use_citing();
    let view_citation =
        move || citing.citation(&Pinpoint::whole(), &view_permalink(), lang.get_untracked());
    let download_csv = {
        let data = data.clone();
        move |_| {
            let rows = result.with_untracked(|r| r.cases.clone());
            match cases_csv(&data, &rows, &view_citation()) {
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
            match cases_json(&data, &rows, &qs, &view_citation()) {
                Ok(json) => save_text(&json, "application/json", "cases.json"),
                Err(err) => leptos::logging::error!("JSON export failed: {err}"),
            }
        }
    };
    let sort = Memo::new(move |_| query.with(|q| q.sort));
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
                        let current = sort.get();
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

/// The cases of the current page, as cards or table rows, and the pager.
///
/// Rows are keyed by case and language: a filter, sort or search keeps the cards that stay
/// on the page and patches only what changed in them (the search marks, the link back to
/// this query) instead of rebuilding every card.
#[component]
pub(super) fn Results(query: Memo<CaseQuery>, result: Memo<QueryResult>) -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let layout = Memo::new(move |_| query.with(|q| q.view));
    let search = Memo::new(move |_| query.with(|q| Search::new(&q.q)));
    let paged = Memo::new(move |_| paging(result.with(|r| r.cases.len()), query.with(|q| q.page)));
    let shown = Memo::new(move |_| {
        let range = paged.with(|p| p.range.clone());
        result.with(|r| {
            r.cases
                .get(range)
                .map(<[usize]>::to_vec)
                .unwrap_or_default()
        })
    });
    let rows = Memo::new(move |_| {
        let lang = lang.get();
        shown.with(|shown| shown.iter().map(|&index| (index, lang)).collect::<Vec<_>>())
    });
    // What the list draws. An update draws its first batch of new cards before the frame
    // the reader waits for, and the rest in the task after it (their cards are below the
    // fold): a filter click builds and lays out a third of a page before its first paint.
    let on_page = RwSignal::new(rows.get_untracked());
    let turns = Turns::new();
    Effect::new(move |_| {
        let next = rows.get();
        let cut = on_page.with_untracked(|now| first_batch(now, &next, FIRST_BATCH));
        let latest = turns.start();
        if cut < next.len() {
            on_page.set(next[..cut].to_vec());
            after_next_paint(move || {
                if latest() {
                    on_page.try_set(next);
                }
            });
        } else if on_page.with_untracked(|now| *now != next) {
            on_page.set(next);
        }
    });
    let row = move |(index, lang): (usize, Lang), layout: View| {
        data.cases.get(index).map(|case| {
            let card = ResultRow {
                data: &data,
                case,
                query,
                search,
                lang,
            };
            match layout {
                View::Cards => card.card().into_any(),
                View::Table => card.table_row().into_any(),
            }
        })
    };
    let list = move |layout: View| {
        let row = row.clone();
        view! { <For each=move || on_page.get() key=|key| *key children=move |key| row(key, layout)/> }
    };
    // A memo, so the list is only replaced when it empties or fills, never on each change.
    let empty = Memo::new(move |_| shown.with(Vec::is_empty));
    move || {
        if empty.get() {
            return view! { <p class="empty" data-testid="no-results">{lang.get().t(CaseUi::NoResults)}</p> }
                .into_any();
        }
        let body = match layout.get() {
            View::Cards => view! {
                <div class="case-cards" data-testid="results">{list(View::Cards)}</div>
            }
            .into_any(),
            View::Table => view! {
                <div class="table-scroll">
                    <table class="data case-table" data-testid="results">
                        {move || table_head([CaseUi::ColTitle, CaseUi::ColDomain, CaseUi::ColOrganisations, CaseUi::ColTechnologies, CaseUi::ColOutcomes, CaseUi::ColSource].map(|key| lang.get().t(key)))}
                        <tbody>{list(View::Table)}</tbody>
                    </table>
                </div>
            }
            .into_any(),
        };
        view! {
            {body}
            {move || view! { <Pager paging=paged.get() query=query.get()/> }}
        }
        .into_any()
    }
}

/// One case of the result, in the language it was built for. What a new query changes in
/// it — the search marks, and the link to its detail page, which keeps the query — is
/// reactive; the rest is written once.
struct ResultRow<'a> {
    data: &'a Catalog,
    case: &'a Case,
    query: Memo<CaseQuery>,
    search: Memo<Search>,
    lang: Lang,
}

impl ResultRow<'_> {
    /// `text` with the current search's matches marked.
    fn marked(&self, text: String) -> impl IntoView {
        let search = self.search;
        move || search.with(|search| marked(&text, &search.highlight(&text)))
    }

    /// The case's title, marked, linking to its detail page with the current query.
    fn title_link(&self) -> impl IntoView {
        let (id, query, lang) = (self.case.id.clone(), self.query, self.lang);
        // A plain link: the router follows it all the same (it handles every same-origin link),
        // without the active-link tracking of an `<A>` in each card.
        view! {
            <a href=move || query.with(|q| Route::Case(id.clone(), q.clone()).href(lang))>
                {self.marked(self.case.title.get(lang).to_string())}
            </a>
        }
    }

    fn card(&self) -> impl IntoView {
        let (data, case, lang) = (self.data, self.case, self.lang);
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
                <h3 class="case-title">{self.title_link()}</h3>
                <p class="case-orgs">{self.marked(orgs)}</p>
                <p class="case-summary">{self.marked(case.summary.get(lang).to_string())}</p>
                <ul class="tech-list">
                    {techs.into_iter().map(|name| view! { <li>{self.marked(name)}</li> }).collect_view()}
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
                {case_citation(case)}
            </article>
        }
    }

    fn table_row(&self) -> impl IntoView {
        let (data, case, lang) = (self.data, self.case, self.lang);
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
                <td>{self.title_link()}</td>
                <td>{domain_name(case.domain, lang)} " / " {subdomain_name(case.subdomain, lang)}</td>
                <td>{self.marked(orgs)}</td>
                <td>{self.marked(techs)}</td>
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
}

#[component]
fn Pager(paging: Paging, query: CaseQuery) -> impl IntoView {
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
