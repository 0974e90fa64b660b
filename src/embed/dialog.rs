//! "Embed this view": a button on every view and its modal dialog — the iframe snippet for
//! the current URL state (language and theme selectable), the helper script tag, a copy
//! button and a live preview. Escape closes it, Tab stays inside it while it is open, and
//! focus returns to the button afterwards.

use leptos::ev;
use leptos::html::{Button, Dialog, Textarea};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::components::citing::write_clipboard;
use crate::context::use_lang;
use crate::domain::embed::{frame_url, snippet};
use crate::i18n::embed::EmbedUi;
use crate::i18n::{Lang, Ui};

use super::presentation::ThemeSetting;

/// What a focus trap cycles through inside the dialog.
const FOCUSABLE: &str = "a[href], button:not([disabled]), select, textarea, input, iframe, [tabindex]:not([tabindex=\"-1\"])";

/// Keeps Tab and Shift+Tab inside `dialog`: from the last control to the first and back.
fn trap_tab(dialog: &web_sys::HtmlElement, event: &ev::KeyboardEvent) {
    if event.key() != "Tab" {
        return;
    }
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
        return;
    };
    let items: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into().ok())
        .collect();
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return;
    };
    let active = document().active_element();
    let at = |element: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| js_sys::Object::is(a, element))
    };
    if event.shift_key() && at(first) {
        event.prevent_default();
        let _ = last.focus();
    } else if !event.shift_key() && at(last) {
        event.prevent_default();
        let _ = first.focus();
    }
}

fn theme_name(theme: ThemeSetting) -> EmbedUi {
    match theme {
        ThemeSetting::Light => EmbedUi::ThemeLight,
        ThemeSetting::Dark => EmbedUi::ThemeDark,
        ThemeSetting::Auto => EmbedUi::ThemeAuto,
    }
}

#[component]
pub fn EmbedButton() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let dialog = NodeRef::<Dialog>::new();
    let button = NodeRef::<Button>::new();
    let code_field = NodeRef::<Textarea>::new();
    let open = RwSignal::new(false);
    let frame_lang = RwSignal::new(Lang::Zh);
    let theme = RwSignal::new(ThemeSetting::Auto);
    let status = RwSignal::new(None::<EmbedUi>);

    let origin = window().location().origin().unwrap_or_default();
    let url = {
        let origin = origin.clone();
        move || {
            frame_url(
                &origin,
                &location.pathname.get(),
                &location.search.get(),
                frame_lang.get() == Lang::En,
                theme.get().key(),
            )
        }
    };
    let code = {
        let url = url.clone();
        move || snippet(&url(), frame_lang.get().t(Ui::AppTitle), &origin)
    };

    let show = move |_| {
        frame_lang.set(lang.get_untracked());
        status.set(None);
        open.set(true);
        if let Some(dialog) = dialog.get_untracked() {
            let _ = dialog.show_modal();
        }
    };
    let close = move || {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    // However it closed (Escape, the Close button): no preview left running, focus back.
    let on_close = move |_| {
        open.set(false);
        if let Some(button) = button.get_untracked() {
            let _ = button.focus();
        }
    };
    let copy = {
        let code = code.clone();
        move |_| {
            let text = code();
            leptos::task::spawn_local(async move {
                if write_clipboard(&text).await {
                    status.set(Some(EmbedUi::Copied));
                } else {
                    if let Some(field) = code_field.get_untracked() {
                        let _ = field.focus();
                        field.select();
                    }
                    status.set(Some(EmbedUi::CopyByHand));
                }
            });
        }
    };
    let choice = move |value: String| Lang::from_param(Some(&value));

    view! {
        <button
            type="button"
            class="secondary"
            node_ref=button
            data-testid="embed-button"
            aria-haspopup="dialog"
            on:click=show
        >
            {move || lang.get().t(EmbedUi::Embed)}
        </button>
        <dialog
            node_ref=dialog
            class="embed-dialog"
            data-testid="embed-dialog"
            aria-labelledby="embed-dialog-title"
            on:close=on_close
            on:keydown=move |event| {
                if let Some(dialog) = dialog.get_untracked() {
                    trap_tab(&dialog, &event);
                }
            }
        >
            <h2 id="embed-dialog-title">{move || lang.get().t(EmbedUi::EmbedTitle)}</h2>
            <p>{move || lang.get().t(EmbedUi::EmbedIntro)}</p>
            <div class="embed-options">
                <label>
                    {move || lang.get().t(EmbedUi::EmbedLanguage)} " "
                    <select
                        data-testid="embed-lang"
                        on:change=move |event| frame_lang.set(choice(event_target_value(&event)))
                        prop:value=move || frame_lang.get().code().to_string()
                    >
                        <option value="zh">"中文"</option>
                        <option value="en">"English"</option>
                    </select>
                </label>
                <label>
                    {move || lang.get().t(EmbedUi::EmbedTheme)} " "
                    <select
                        data-testid="embed-theme"
                        on:change=move |event| {
                            if let Some(chosen) = ThemeSetting::from_key(&event_target_value(&event)) {
                                theme.set(chosen);
                            }
                        }
                        prop:value=move || theme.get().key()
                    >
                        {ThemeSetting::ALL
                            .into_iter()
                            .map(|option| {
                                view! {
                                    <option value=option.key()>
                                        {move || lang.get().t(theme_name(option))}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <label class="embed-code">
                <span>{move || lang.get().t(EmbedUi::Snippet)}</span>
                <textarea
                    node_ref=code_field
                    readonly
                    rows="4"
                    data-testid="embed-snippet"
                    prop:value=code
                ></textarea>
            </label>
            <p class="hint">{move || lang.get().t(EmbedUi::HelperNote)}</p>
            <div class="embed-copy">
                <button type="button" data-testid="embed-copy" on:click=copy>
                    {move || lang.get().t(EmbedUi::Copy)}
                </button>
                <span role="status" aria-live="polite" data-testid="embed-status">
                    {move || status.get().map(|key| lang.get().t(key))}
                </span>
            </div>
            <h3>{move || lang.get().t(EmbedUi::Preview)}</h3>
            <Show when=move || open.get()>
                // inert: a picture of the embed, so Tab and Escape stay with the dialog.
                <iframe
                    inert=""
                    class="embed-preview"
                    data-testid="embed-preview"
                    src=url.clone()
                    title=move || lang.get().t(EmbedUi::PreviewFrame)
                ></iframe>
            </Show>
            <div class="embed-close">
                <button type="button" class="secondary" data-testid="embed-close" on:click=move |_| close()>
                    {move || lang.get().t(EmbedUi::Close)}
                </button>
            </div>
        </dialog>
    }
}
