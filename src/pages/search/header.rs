//! The search box in the header of every view: results as you type, walked with the arrow
//! keys, Enter opens the highlighted record (or every result); `/` or Ctrl+K focuses it.

use leptos::ev;
use leptos::html::Input;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use std::sync::Arc;

use crate::context::use_lang;
use crate::domain::catalog::Catalog;
use crate::domain::report_search::SearchHit;
use crate::i18n::search::SearchUi;
use crate::routes::{hit_href, Route};

use super::results::{hit_view, HitRole};

/// How many results the box lists; the search page has them all.
const LISTED: usize = 8;

/// The next highlighted row for a key, or `None` to leave the rows.
fn moved(active: Option<usize>, key: &str, rows: usize) -> Option<usize> {
    match (key, active) {
        (_, _) if rows == 0 => None,
        ("ArrowDown", None) => Some(0),
        ("ArrowDown", Some(at)) => Some((at + 1).min(rows - 1)),
        ("ArrowUp", Some(0)) | ("ArrowUp", None) => None,
        ("ArrowUp", Some(at)) => Some(at - 1),
        (_, active) => active,
    }
}

/// The header sits outside the routed views, so it takes the catalog once it has loaded.
#[component]
pub fn HeaderSearch(
    data: Arc<Catalog>,
    /// Focus the box as soon as it shows (the embed mode's compact search button opens it).
    #[prop(optional)]
    autofocus: bool,
) -> impl IntoView {
    let lang = use_lang();
    let navigate = use_navigate();
    let input = NodeRef::<Input>::new();
    let text = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);

    let hits = Memo::new(move |_| {
        let query = text.get();
        if query.trim().is_empty() {
            return Vec::<SearchHit>::new();
        }
        let result = data.report_index().search(&query, Some(lang.get()));
        result.ranked().into_iter().take(LISTED).cloned().collect()
    });

    // `/` (outside a text field) or Ctrl+K / ⌘K focuses the box from anywhere.
    let focus_handle = window_event_listener(ev::keydown, move |event| {
        let typing = event
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA"));
        let shortcut = (event.key() == "/" && !typing)
            || ((event.ctrl_key() || event.meta_key()) && event.key().eq_ignore_ascii_case("k"));
        if shortcut {
            if let Some(el) = input.get_untracked() {
                event.prevent_default();
                let _ = el.focus();
            }
        }
    });
    on_cleanup(move || focus_handle.remove());

    let on_keydown = move |event: ev::KeyboardEvent| {
        let key = event.key();
        let rows = hits.with_untracked(Vec::len);
        match key.as_str() {
            "ArrowDown" | "ArrowUp" => {
                event.prevent_default();
                open.set(true);
                active.update(|at| *at = moved(*at, &key, rows));
            }
            "Enter" => {
                event.prevent_default();
                let lang = lang.get_untracked();
                let chosen = active
                    .get_untracked()
                    .and_then(|at| hits.with_untracked(|h| h.get(at).map(|hit| hit.hit.clone())));
                let target = match chosen {
                    Some(hit) => hit_href(&hit, lang),
                    None => Route::Search {
                        q: text.get_untracked(),
                    }
                    .href(lang),
                };
                open.set(false);
                active.set(None);
                navigate(&target, Default::default());
            }
            "Escape" => {
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };

    // A click on an option opens its record.
    let choose = {
        let navigate = use_navigate();
        move |event: ev::MouseEvent| {
            let href = event
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .and_then(|el| el.closest("[data-href]").ok().flatten())
                .and_then(|el| el.get_attribute("data-href"));
            open.set(false);
            active.set(None);
            if let Some(href) = href {
                navigate(&href, Default::default());
            }
        }
    };
    Effect::new(move |_| {
        if let (true, Some(el)) = (autofocus, input.get()) {
            let _ = el.focus();
        }
    });

    let list = move || {
        let lang = lang.get();
        let shown = open.get() && !text.with(|t| t.trim().is_empty());
        shown.then(|| {
            let at = active.get();
            let rows = hits.with(|hits| {
                hits.iter()
                    .enumerate()
                    .map(|(i, hit)| {
                        let role = HitRole::Option {
                            active: at == Some(i),
                        };
                        hit_view(hit, lang, format!("header-hit-{i}"), role)
                    })
                    .collect_view()
            });
            let all = Route::Search { q: text.get() }.href(lang);
            view! {
                <div class="header-search-results" data-testid="search-suggest">
                    <ul role="listbox" id="header-search-list" on:click=choose.clone()>
                        {rows}
                    </ul>
                    <A href=all attr:class="search-all" attr:data-testid="search-all">
                        {lang.t(SearchUi::AllResults)} " →"
                    </A>
                </div>
            }
        })
    };

    view! {
        <div class="header-search" role="search" aria-label=move || lang.get().t(SearchUi::Label)>
            <input
                node_ref=input
                type="search"
                role="combobox"
                aria-autocomplete="list"
                aria-controls="header-search-list"
                aria-expanded=move || open.get().to_string()
                aria-activedescendant=move || active.get().map(|i| format!("header-hit-{i}"))
                aria-label=move || lang.get().t(SearchUi::Label)
                placeholder=move || lang.get().t(SearchUi::Placeholder)
                data-testid="header-search"
                prop:value=move || text.get()
                on:input=move |ev| {
                    text.set(event_target_value(&ev));
                    active.set(None);
                    open.set(true);
                }
                on:focus=move |_| open.set(true)
                on:keydown=on_keydown
            />
            {list}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::moved;

    #[test]
    fn arrows_walk_the_rows_and_leave_them_upwards() {
        assert_eq!(moved(None, "ArrowDown", 3), Some(0));
        assert_eq!(moved(Some(0), "ArrowDown", 3), Some(1));
        assert_eq!(moved(Some(2), "ArrowDown", 3), Some(2));
        assert_eq!(moved(Some(1), "ArrowUp", 3), Some(0));
        assert_eq!(moved(Some(0), "ArrowUp", 3), None);
        assert_eq!(moved(None, "ArrowDown", 0), None);
    }
}
