//! One found record as the header box and the search page show it: its title linking to the
//! view that holds it, the matching sentence with the match highlighted (as nodes, never
//! HTML), and its page.

use leptos::prelude::*;

use crate::components::highlight::marked;
use crate::components::link::A;
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

/// How a hit is listed: as an option of the header box's listbox (no link inside: an option
/// holds no interactive content; choosing it navigates to `data-href`), or as an item of the
/// search page with a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HitRole {
    Option { active: bool },
    Item,
}

/// A hit as a list item; `id` names it for `aria-activedescendant`.
pub fn hit_view(hit: &SearchHit, lang: Lang, id: String, role: HitRole) -> impl IntoView {
    let link = hit_href(&hit.hit, lang);
    let title = hit.title.get(lang).to_string();
    let context = hit.context.as_ref().map(|c| {
        view! { <span class="search-context">{c.get(lang).to_string()}</span> }
    });
    let zh = hit.snippet.lang == Lang::Zh;
    let active = role == HitRole::Option { active: true };
    let (title, option_href) = match role {
        HitRole::Option { .. } => (
            view! { <span class="search-title">{title}</span> }.into_any(),
            Some(link),
        ),
        HitRole::Item => (
            view! { <A href=link attr:class="search-title">{title}</A> }.into_any(),
            None,
        ),
    };
    let is_option = option_href.is_some();
    view! {
        <li
            id=id
            role=is_option.then_some("option")
            class="search-hit"
            class:active=active
            aria-selected=is_option.then(|| active.to_string())
            data-href=option_href
            data-testid="search-hit"
            data-hit=hit.hit.key()
        >
            {title}
            {context}
            <span class="search-page">{page_text(hit.page, lang)}</span>
            <p class="search-snippet" lang=if zh { "zh-CN" } else { "en" }>
                {marked(&hit.snippet.text, &hit.snippet.highlights)}
            </p>
        </li>
    }
}
