//! What the header shows in place of its data-driven parts until the data has arrived, with
//! the same boxes (and classes) as the real ones, so the header keeps its height when they
//! replace it and nothing below moves (issue #10: Lighthouse counted the whole view as
//! shifted by the header growing).

use leptos::prelude::*;

use crate::i18n::search::SearchUi;
use crate::i18n::Lang;

/// The edition line and record counts, empty: each keeps one line (see `.edition` and
/// `.record-counts` in style.css).
pub fn edition_placeholder() -> impl IntoView {
    view! {
        <span class="edition" aria-hidden="true"></span>
        <ul class="record-counts" aria-hidden="true"></ul>
    }
}

/// The header search box, disabled until the report it searches has loaded.
pub fn search_placeholder(lang: Lang) -> impl IntoView {
    view! {
        <div class="header-search" aria-hidden="true">
            <input type="search" disabled tabindex="-1" placeholder=lang.t(SearchUi::Placeholder)/>
        </div>
    }
}
