//! One found record as the header box and the search page show it: its title linking to the
//! view that holds it, the matching sentence with the match highlighted (as nodes, never
//! HTML), and its page.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::highlight::marked;
use crate::domain::report_search::SearchHit;
use crate::i18n::search::SearchUi;
use crate::i18n::Lang;
use crate::routes::hit_href;

/// "p. 27" / "第 27 页".
pub fn page_text(page: u32, lang: Lang) -> String {
    format!(
        "{} {page} {}",
        lang.t(SearchUi::Page),
        lang.t(SearchUi::PageAfter)
    )
    .trim()
    .to_string()
}

/// A hit as a list item; `id` names it for `aria-activedescendant`.
pub fn hit_view(hit: &SearchHit, lang: Lang, id: String, active: bool) -> impl IntoView {
    let link = hit_href(&hit.hit, lang);
    let title = hit.title.get(lang).to_string();
    let context = hit.context.as_ref().map(|c| {
        view! { <span class="search-context">{c.get(lang).to_string()}</span> }
    });
    let zh = hit.snippet.lang == Lang::Zh;
    view! {
        <li
            id=id
            role="option"
            class="search-hit"
            class:active=active
            aria-selected=active.to_string()
            data-testid="search-hit"
            data-hit=hit.hit.key()
        >
            <A href=link attr:class="search-title">{title}</A>
            {context}
            <span class="search-page">{page_text(hit.page, lang)}</span>
            <p class="search-snippet" lang=if zh { "zh-CN" } else { "en" }>
                {marked(&hit.snippet.text, &hit.snippet.highlights)}
            </p>
        </li>
    }
}
