//! The one line an embedded view shows in place of the header: the report's short title,
//! edition and number, a compact search button, and a link that opens the same state in the
//! full dashboard in a new tab.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::context::use_lang;
use crate::domain::catalog::Catalog;
use crate::i18n::embed::EmbedUi;
use crate::pages::search::HeaderSearch;

use super::presentation::without_params;

#[component]
pub fn EmbedSourceLine(catalog: Arc<Catalog>) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let searching = RwSignal::new(false);
    // The same path, query and anchor, without `embed`: the full dashboard in this state.
    let full = move || {
        let query = without_params(&location.search.get(), &["embed"]);
        let query = if query.is_empty() {
            String::new()
        } else {
            format!("?{query}")
        };
        format!("{}{query}{}", location.pathname.get(), location.hash.get())
    };
    let edition = catalog.edition.clone();
    let source = move || {
        let lang = lang.get();
        edition.as_ref().map(|edition| edition.line(lang))
    };
    view! {
        <p class="embed-source" data-testid="embed-source">
            <span>{source}</span>
            <button
                type="button"
                class="secondary compact-search"
                data-testid="embed-search-button"
                aria-expanded=move || searching.get().to_string()
                on:click=move |_| searching.update(|open| *open = !*open)
            >
                {move || lang.get().t(EmbedUi::SearchButton)}
            </button>
            <a href=full target="_blank" rel="noopener" data-testid="open-full">
                {move || lang.get().t(EmbedUi::OpenFull)}
                " ↗"
                <span class="visually-hidden">{move || lang.get().t(EmbedUi::NewTab)}</span>
            </a>
        </p>
        <Show when=move || searching.get()>
            <HeaderSearch data=catalog.clone() autofocus=true/>
        </Show>
    }
}
