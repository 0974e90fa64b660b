//! The case explorer (/cases): facets with live counts, search with highlighting, cards or
//! a table, paging, charts and exports. Every piece of state lives in the URL; this view
//! only wires the URL to the pure functions of `domain::query`, `domain::search`,
//! `domain::export` and `charts::cases`.

pub mod detail;
mod facets;
mod panels;
mod results;
pub(crate) mod url;

pub use detail::CasePage;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::components::defer::follow_after_paint;
use crate::context::{use_app, use_lang};
use crate::domain::query::CaseQuery;
use crate::i18n::cases::CaseUi;
use crate::i18n::Ui;
use crate::routes::Route;
use facets::{Chips, FacetPanel, SearchBox};
use panels::{DomainChartPanel, Notices, OutcomesPanel};
use results::{ResultBar, Results};
use url::use_case_query;

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

    // The chart panels below the results take a new query and its result, together, after
    // the frame that shows the results: their groups, figures and option JSON do not delay it.
    let for_panels = follow_after_paint(Memo::new(move |_| (query.get(), result.get())));
    let panel_query = Memo::new(move |_| for_panels.with(|(query, _)| query.clone()));
    let panel_result = Memo::new(move |_| for_panels.with(|(_, result)| result.clone()));

    let title = move || lang.get().t(CaseUi::Title);
    Effect::new(move |_| {
        document().set_title(&format!(
            "{} · {}",
            lang.get().t(CaseUi::Title),
            lang.get().t(Ui::AppTitle)
        ));
    });

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
                    <FacetPanel query result push=Callback::new(push)/>
                </aside>
                <div class="cases-main">
                    <SearchBox query go/>
                    <Chips query push=Callback::new(push)/>
                    <ResultBar query result push=Callback::new(push)/>
                    <Results query result/>
                    <DomainChartPanel query=panel_query result=panel_result push=Callback::new(push)/>
                    <OutcomesPanel query=panel_query result=panel_result push=Callback::new(push)/>
                </div>
            </div>
        </section>
    }
}
