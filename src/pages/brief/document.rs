//! The brief as an A4 document: each item with its note and controls (move up, move down,
//! remove), its key figures in one or two languages side by side, its original sentences and
//! pages; then the numbered source list. Print rules: assets/brief.css.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::items::{item_cites, item_column, item_href, item_key, item_quotes, item_title};
use super::BriefState;
use crate::domain::brief::{Pinned, NOTE_MAX_CHARS};
use crate::domain::citation::{cite, AccessDate, CitationStyle, Pinpoint};
use crate::i18n::brief::BriefUi;
use crate::i18n::Lang;

/// Today in the reader's time zone, for the citations' access date.
fn today() -> Option<AccessDate> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    AccessDate::new(year, month, day)
}

/// Focuses the element `id` once the list has been redrawn, or `fallback` if `id` is
/// disabled or gone (the first item has no "move up").
fn focus_after_render(id: String, fallback: String) {
    request_animation_frame(move || {
        let element = |id: &str| {
            document()
                .get_element_by_id(id)
                .filter(|el| !el.has_attribute("disabled"))
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        };
        if let Some(button) = element(&id).or_else(|| element(&fallback)) {
            let _ = button.focus();
        }
    });
}

#[component]
pub(crate) fn Document(state: BriefState) -> impl IntoView {
    let lang = state.lang;
    let items = move || {
        let ui = lang.get();
        let langs = state.langs();
        let brief = state.store.get();
        let count = brief.len();
        brief
            .items()
            .iter()
            .enumerate()
            .map(|(index, pinned)| item_view(state, pinned, index, count, &langs, ui))
            .collect_view()
    };
    let sources = move || {
        let ui = lang.get();
        let doc_lang = state.langs().first().copied().unwrap_or(ui);
        let style = CitationStyle::for_lang(doc_lang);
        let origin = window().location().origin().unwrap_or_default();
        let accessed = today();
        let data = state.catalog();
        let brief = state.store.get();
        brief
            .items()
            .iter()
            .enumerate()
            .map(|(index, pinned)| {
                let cites = item_cites(&data, &pinned.item);
                let permalink = format!("{origin}{}", item_href(&pinned.item, doc_lang));
                let line = match (cites.first(), accessed) {
                    (Some(at), Some(accessed)) => {
                        cite(style, &Pinpoint::of(at), &permalink, accessed)
                    }
                    _ => permalink,
                };
                view! {
                    <li data-testid="brief-source" value=index + 1>
                        {line}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ol class="brief-items" data-testid="brief-items">
            {items}
        </ol>
        <section class="brief-sources" data-testid="brief-sources">
            <h2>{move || lang.get().t(BriefUi::Sources)}</h2>
            <ol>{sources}</ol>
        </section>
    }
}

/// `上移：标题` / `Move up: title`.
fn labelled(key: BriefUi, title: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}：{title}", lang.t(key)),
        Lang::En => format!("{}: {title}", lang.t(key)),
    }
}

fn item_view(
    state: BriefState,
    pinned: &Pinned,
    index: usize,
    count: usize,
    langs: &[Lang],
    ui: Lang,
) -> impl IntoView {
    let data = state.catalog();
    let item = &pinned.item;
    let key = item_key(item);
    let title = item_title(&data, item, ui).unwrap_or_else(|| key.clone());
    let columns = langs
        .iter()
        .map(|lang| item_column(&data, item, *lang))
        .collect_view();
    let cite_lang = match langs {
        [one] => *one,
        _ => ui,
    };
    let quotes = item_quotes(item_cites(&data, item), cite_lang);
    let note = pinned.note.clone().unwrap_or_default();
    let (up_id, down_id) = (format!("brief-up-{key}"), format!("brief-down-{key}"));
    let move_up = {
        let (up, down) = (up_id.clone(), down_id.clone());
        move |_: leptos::ev::MouseEvent| {
            state.change(|brief| {
                brief.move_up(index);
            });
            focus_after_render(up.clone(), down.clone());
        }
    };
    let move_down = {
        let (up, down) = (up_id.clone(), down_id.clone());
        move |_: leptos::ev::MouseEvent| {
            state.change(|brief| {
                brief.move_down(index);
            });
            focus_after_render(down.clone(), up.clone());
        }
    };
    let remove = move |_: leptos::ev::MouseEvent| {
        state.change(|brief| {
            brief.remove(index);
        });
        // Focus stays in the list: the item that took this place, or the one before it.
        let next = index.min(count.saturating_sub(2));
        request_animation_frame(move || {
            let selector = format!(
                "[data-testid=\"brief-item\"]:nth-child({}) .brief-remove",
                next + 1
            );
            let found = document().query_selector(&selector).ok().flatten();
            if let Some(button) = found.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = button.focus();
            }
        });
    };
    let on_note = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        state.change(|brief| {
            brief.set_note(index, &text);
        });
    };
    let two = langs.len() > 1;
    let note_text = (!note.is_empty()).then(|| {
        view! { <p class="brief-note-text print-only">{note.clone()}</p> }
    });
    view! {
        <li
            class="brief-item"
            data-testid="brief-item"
            data-kind=item.kind().key()
            data-key=key.clone()
            id=format!("brief-{key}")
        >
            <div class="brief-item-head">
                <span class="brief-index">{format!("{}.", index + 1)}</span>
                <div class="brief-item-controls no-print">
                    <button
                        type="button"
                        class="secondary"
                        id=up_id
                        data-testid="brief-up"
                        aria-label=labelled(BriefUi::MoveUp, &title, ui)
                        disabled=index == 0
                        on:click=move_up
                    >
                        "↑ "
                        {ui.t(BriefUi::MoveUp)}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        id=down_id
                        data-testid="brief-down"
                        aria-label=labelled(BriefUi::MoveDown, &title, ui)
                        disabled={index + 1 >= count}
                        on:click=move_down
                    >
                        "↓ "
                        {ui.t(BriefUi::MoveDown)}
                    </button>
                    <button
                        type="button"
                        class="secondary brief-remove"
                        data-testid="brief-remove"
                        aria-label=labelled(BriefUi::Remove, &title, ui)
                        on:click=remove
                    >
                        {ui.t(BriefUi::Remove)}
                    </button>
                </div>
            </div>
            {note_text}
            <label class="brief-note no-print">
                <span>{ui.t(BriefUi::Note)}</span>
                <input
                    type="text"
                    data-testid="brief-note"
                    maxlength=NOTE_MAX_CHARS
                    placeholder=ui.t(BriefUi::NotePlaceholder)
                    aria-label=labelled(BriefUi::Note, &title, ui)
                    prop:value=note
                    on:change=on_note
                />
            </label>
            <div class="brief-cols" class:brief-cols-two=two>
                {columns}
            </div>
            {quotes}
        </li>
    }
}
