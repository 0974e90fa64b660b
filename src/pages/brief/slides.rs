//! The brief as slides (`mode=slides`): a 16:9 stage with one item per slide. ArrowRight,
//! ArrowDown and PageDown go forward; ArrowLeft, ArrowUp and PageUp go back; Escape returns
//! to the document (same brief). Full screen where the browser and the Permissions-Policy
//! allow it. The slide's number shows and is announced.

use leptos::ev;
use leptos::prelude::*;

use super::items::{item_cites, item_column, item_key, item_quotes, item_title};
use super::BriefState;
use crate::i18n::brief::{slide_announcement, slide_number, BriefUi};

const STAGE_ID: &str = "brief-slides";

/// Full screen for the stage, if the document may go full screen.
fn full_screen() {
    if let Some(stage) = document().get_element_by_id(STAGE_ID) {
        let _ = stage.request_fullscreen();
    }
}

#[component]
pub(crate) fn Slides(state: BriefState) -> impl IntoView {
    let lang = state.lang;
    let at = RwSignal::new(0usize);
    let count = Memo::new(move |_| state.store.len());
    // Never past the last slide, also after the brief shrinks.
    let current = Memo::new(move |_| at.get().min(count.get().saturating_sub(1)));
    let step = move |forward: bool| {
        let last = count.get_untracked().saturating_sub(1);
        let now = current.get_untracked();
        at.set(if forward {
            (now + 1).min(last)
        } else {
            now.saturating_sub(1)
        });
    };
    let keys = window_event_listener(ev::keydown, move |event| {
        if event.alt_key() || event.ctrl_key() || event.meta_key() {
            return;
        }
        match event.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" => step(true),
            "ArrowLeft" | "ArrowUp" | "PageUp" => step(false),
            "Escape" => {
                // Leaving full screen is the browser's own Escape; this one leaves the slides.
                if document().fullscreen_element().is_some() {
                    return;
                }
                state.show_slides(false);
            }
            _ => return,
        }
        event.prevent_default();
    });
    on_cleanup(move || keys.remove());

    let allowed = document().fullscreen_enabled();
    let slide = move || {
        let ui = lang.get();
        let langs = state.langs();
        let brief = state.store.get();
        let index = current.get();
        let pinned = brief.items().get(index)?;
        let two = langs.len() > 1;
        let data = state.catalog();
        let item = &pinned.item;
        let columns = langs
            .iter()
            .map(|lang| item_column(&data, item, *lang))
            .collect_view();
        let cite_lang = match langs.as_slice() {
            [one] => *one,
            _ => ui,
        };
        let quotes = item_quotes(item_cites(&data, item), cite_lang);
        let note = pinned
            .note
            .clone()
            .map(|note| view! { <p class="brief-note-text">{note}</p> });
        Some(view! {
            <article
                class="slide"
                data-testid="slide"
                data-key=item_key(item)
                data-kind=item.kind().key()
            >
                {note}
                <div class="brief-cols" class:brief-cols-two=two>
                    {columns}
                </div>
                {quotes}
            </article>
        })
    };
    let announcement = move || {
        let ui = lang.get();
        let index = current.get();
        let data = state.catalog();
        let title = state
            .store
            .get()
            .items()
            .get(index)
            .and_then(|pinned| item_title(&data, &pinned.item, ui));
        slide_announcement(index, count.get(), &title.unwrap_or_default(), ui)
    };
    view! {
        <div class="slides" id=STAGE_ID data-testid="brief-slides-stage">
            <div
                class="slide-stage"
                role="region"
                aria-roledescription=move || lang.get().t(BriefUi::SlideLabel)
                aria-label=move || slide_number(current.get(), count.get())
            >
                {slide}
            </div>
            <div class="slide-bar no-print">
                <button
                    type="button"
                    class="secondary"
                    data-testid="slide-previous"
                    disabled=move || current.get() == 0
                    on:click=move |_| step(false)
                >
                    "← "
                    {move || lang.get().t(BriefUi::PreviousSlide)}
                </button>
                <span class="slide-number" data-testid="slide-number">
                    {move || slide_number(current.get(), count.get())}
                </span>
                <button
                    type="button"
                    class="secondary"
                    data-testid="slide-next"
                    disabled={move || current.get() + 1 >= count.get()}
                    on:click=move |_| step(true)
                >
                    {move || lang.get().t(BriefUi::NextSlide)}
                    " →"
                </button>
                {allowed
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="secondary"
                                data-testid="slide-fullscreen"
                                on:click=move |_| full_screen()
                            >
                                {move || lang.get().t(BriefUi::FullScreen)}
                            </button>
                        }
                    })}
                <button
                    type="button"
                    class="secondary"
                    data-testid="slide-leave"
                    on:click=move |_| state.show_slides(false)
                >
                    {move || lang.get().t(BriefUi::LeaveSlides)}
                </button>
                <span class="slide-keys">{move || lang.get().t(BriefUi::SlideKeys)}</span>
            </div>
            <p class="visually-hidden" aria-live="polite" data-testid="slide-announce">
                {announcement}
            </p>
        </div>
    }
}
