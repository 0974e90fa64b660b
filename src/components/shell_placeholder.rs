//! What the app's header shows in place of its data-driven parts while it has no data (the
//! data failed to load, or a retry is under way), with the same boxes (and classes) as the
//! real ones. On a first load the app's header appears only once the data is in: until then
//! index.html's static header stands, with the edition and counts built in (`first_paint`).

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
