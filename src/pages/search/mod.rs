//! Search over the whole report (/search?q=…): every kind of record, grouped by kind, each
//! with its matching sentence and page. The query lives in the URL; the header box
//! (`header.rs`) searches as you type from every view.

mod header;
mod results;

pub use header::HeaderSearch;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::components::link::A;
use crate::context::{unsubscribe_on_cleanup, use_app, use_lang};
use crate::domain::query::parse_query_string;
use crate::i18n::search::{kind_name, notice_text, SearchUi};
use crate::i18n::Ui;
use crate::routes::Route;
use results::{hit_view, HitRole};

#[component]
pub fn SearchPage() -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let location = use_location();
    let navigate = use_navigate();
    // Read from the raw query string and decoded once, so `%41` stays `%41` (the router's
    // own query map decodes values twice).
    let q = Memo::new(move |_| {
        parse_query_string(&location.search.get())
            .into_iter()
            .find(|(key, _)| key == "q")
            .map(|(_, value)| value)
            .unwrap_or_default()
    });
    unsubscribe_on_cleanup(q);
    Effect::new(move |_| {
        document().set_title(&format!(
            "{} · {}",
            lang.get().t(SearchUi::Title),
            lang.get().t(Ui::AppTitle)
        ));
    });
    let result = {
        let data = data.clone();
        Memo::new(move |_| data.report_index().search(&q.get(), Some(lang.get())))
    };
    // Typing replaces the URL's query (Back returns to the query before this page's edits).
    let on_input = move |ev| {
        let q = event_target_value(&ev);
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(&Route::Search { q }.href(lang.get_untracked()), options);
    };
    let body = move || {
        let lang = lang.get();
        let query = q.get();
        result.with(|result| {
            if query.trim().is_empty() {
                return ().into_any();
            }
            let notices = result
                .notices
                .iter()
                .map(|n| view! { <li>{notice_text(n, lang)}</li> })
                .collect_view();
            if result.is_empty() {
                let suggestions = result
                    .suggestions
                    .iter()
                    .map(|s| {
                        let q = s.query.clone();
                        let link = Route::Search { q: q.clone() }.href(lang);
                        view! { <li><A href=link>{q}</A></li> }
                    })
                    .collect_view();
                return view! {
                    <ul class="notices" data-testid="search-notices">{notices}</ul>
                    <p class="empty" data-testid="search-nothing">
                        {lang.t(SearchUi::Nothing)} " “" {result.query.clone()} "”"
                    </p>
                    <p>{lang.t(SearchUi::TrySuggestions)}</p>
                    <ul class="suggestions" data-testid="search-suggestions">{suggestions}</ul>
                }
                .into_any();
            }
            let groups = result
                .groups
                .iter()
                .map(|group| {
                    let hits = group
                        .hits
                        .iter()
                        .map(|hit| {
                            hit_view(hit, lang, format!("result-{}", hit.rank), HitRole::Item)
                        })
                        .collect_view();
                    view! {
                        <section class="search-group" data-kind=group.kind.key()>
                            <h2>{kind_name(group.kind, lang)}</h2>
                            <ul class="search-hits">{hits}</ul>
                        </section>
                    }
                })
                .collect_view();
            view! {
                <ul class="notices" data-testid="search-notices">{notices}</ul>
                <div data-testid="search-results">{groups}</div>
            }
            .into_any()
        })
    };
    view! {
        <section class="page search-page" data-testid="search-page">
            <h1>{move || lang.get().t(SearchUi::Title)}</h1>
            <p class="lede">{move || lang.get().t(SearchUi::Intro)}</p>
            <input
                type="search"
                class="search-page-input"
                data-testid="search-page-input"
                aria-label=move || lang.get().t(SearchUi::Label)
                prop:value=move || q.get()
                on:input=on_input
            />
            {body}
        </section>
    }
}
