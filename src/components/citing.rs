//! Cite, copy and pin: the actions every citable item and every view offers.
//!
//! - "Cite" copies a full citation of the report (GB/T 7714-2015 or APA 7, from
//!   `domain::citation`) with the item's page and footnotes, its permalink and today's date.
//! - "Copy title and link" copies the item's title and permalink.
//! - "Pin" adds the item to the open brief (`brief_store`).
//!
//! Copying uses the Clipboard API. Where the browser refuses, the text shows in a selected
//! field to copy by hand. Either way a visible, screen-reader-announced message confirms it.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::brief_store::use_brief;
use crate::context::use_lang;
use crate::domain::brief::BriefItem;
use crate::domain::citation::{cite, title_and_link, AccessDate, CitationStyle, Pinpoint};
use crate::domain::embed::shareable;
use crate::domain::{Cite, Text};
use crate::i18n::cite::CiteUi;
use crate::i18n::Lang;
use crate::routes::Route;

/// The chosen citation style (`None`: the language's own) and the last copy's outcome.
#[derive(Clone, Copy)]
pub struct Citing {
    style: RwSignal<Option<CitationStyle>>,
    /// The confirmation shown and announced.
    message: RwSignal<Option<CiteUi>>,
    /// Text the browser would not copy, shown selected in a field.
    by_hand: RwSignal<Option<String>>,
}

/// Called by the shell.
pub fn provide_citing() {
    provide_context(Citing {
        style: RwSignal::new(None),
        message: RwSignal::new(None),
        by_hand: RwSignal::new(None),
    });
}

pub fn use_citing() -> Citing {
    use_context::<Citing>().expect("use_citing: the shell provides the citation settings")
}

/// Writes `text` to the clipboard; `false` if the browser refused.
pub async fn write_clipboard(text: &str) -> bool {
    let clipboard = window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Today, as the citation's access date.
fn today() -> Option<AccessDate> {
    let now = js_sys::Date::new_0();
    AccessDate::new(
        now.get_full_year() as u16,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
}

/// The absolute URL of a route in a language, with an anchor, as it is cited (no `embed`
/// or `theme`).
pub fn permalink(route: &Route, lang: Lang, anchor: Option<&str>) -> String {
    let origin = window().location().origin().unwrap_or_default();
    let href = route.href(lang);
    shareable(&match anchor {
        Some(anchor) => format!("{origin}{href}#{anchor}"),
        None => format!("{origin}{href}"),
    })
}

/// This view's URL as it is cited (no `embed` or `theme`).
pub fn view_permalink() -> String {
    shareable(&window().location().href().unwrap_or_default())
}

impl Citing {
    /// The style in force for `lang`.
    pub fn style(&self, lang: Lang) -> CitationStyle {
        self.style.get().unwrap_or(CitationStyle::for_lang(lang))
    }

    pub fn set_style(&self, style: CitationStyle) {
        self.style.set(Some(style));
    }

    /// The citation of `at` with `permalink`, in the style in force.
    pub fn citation(&self, at: &Pinpoint, permalink: &str, lang: Lang) -> String {
        let style = self
            .style
            .get_untracked()
            .unwrap_or(CitationStyle::for_lang(lang));
        today()
            .map(|accessed| cite(style, at, permalink, accessed))
            .unwrap_or_default()
    }

    /// Copies `text`, then confirms with `done` — or shows it to copy by hand.
    pub fn copy(&self, text: String, done: CiteUi) {
        let this = *self;
        this.message.set(None);
        leptos::task::spawn_local(async move {
            if write_clipboard(&text).await {
                this.by_hand.set(None);
                this.message.set(Some(done));
            } else {
                this.by_hand.set(Some(text));
                this.message.set(Some(CiteUi::CopyByHand));
            }
        });
    }
}

/// The confirmation line and, when the browser refused, the field to copy from. One per
/// page, in the shell.
#[component]
pub fn CopyStatus() -> impl IntoView {
    let lang = use_lang();
    let citing = use_citing();
    let field = NodeRef::<leptos::html::Textarea>::new();
    // Select the text as soon as the field shows (its value set first, so nothing resets
    // the selection afterwards).
    Effect::new(move |_| {
        if let (Some(text), Some(field)) = (citing.by_hand.get(), field.get()) {
            field.set_value(&text);
            let _ = field.focus();
            field.select();
        }
    });
    view! {
        <div class="copy-status" role="status" aria-live="polite" data-testid="copy-status">
            {move || citing.message.get().map(|key| view! { <p>{lang.get().t(key)}</p> })}
        </div>
        {move || {
            citing.by_hand.get().map(|text| {
                view! {
                    <textarea node_ref=field class="copy-by-hand" readonly rows="4" data-testid="copy-by-hand"
                        aria-label=move || lang.get().t(CiteUi::CopyByHand) prop:value=text></textarea>
                }
            })
        }}
    }
}

/// The citation style picker.
#[component]
pub fn CitationStylePicker() -> impl IntoView {
    let lang = use_lang();
    let citing = use_citing();
    view! {
        <label class="cite-style">
            <span class="visually-hidden">{move || lang.get().t(CiteUi::Style)}</span>
            <select
                data-testid="cite-style"
                aria-label=move || lang.get().t(CiteUi::Style)
                prop:value=move || citing.style(lang.get()).key()
                on:change=move |event| {
                    if let Some(style) = CitationStyle::from_key(&event_target_value(&event)) {
                        citing.set_style(style);
                    }
                }
            >
                <option value="gbt7714">"GB/T 7714"</option>
                <option value="apa">"APA 7"</option>
            </select>
        </label>
    }
}

/// Cite, copy title and link, and (for pinnable items) pin: for one item.
#[component]
pub fn ItemActions(
    cite: Cite,
    title: Text,
    /// The view that shows the item; with `anchor`, the item's permalink.
    link: Route,
    #[prop(optional)] anchor: Option<String>,
    #[prop(optional)] pin: Option<BriefItem>,
) -> impl IntoView {
    let lang = use_lang();
    let citing = use_citing();
    let link = StoredValue::new(link);
    let anchor = StoredValue::new(anchor);
    let url = move || {
        link.with_value(|route| {
            anchor.with_value(|a| permalink(route, lang.get_untracked(), a.as_deref()))
        })
    };
    let cite = StoredValue::new(cite);
    let title = StoredValue::new(title);
    let copy_citation = move |_| {
        let lang = lang.get_untracked();
        let text = cite.with_value(|cite| citing.citation(&Pinpoint::of(cite), &url(), lang));
        citing.copy(text, CiteUi::CitationCopied);
    };
    let copy_title = move |_| {
        let lang = lang.get_untracked();
        let text = title.with_value(|t| title_and_link(t.get(lang), &url()));
        citing.copy(text, CiteUi::LinkCopied);
    };
    let pin_button = pin.map(|item| view! { <PinButton item/> });
    view! {
        <span class="item-actions">
            <button type="button" class="link-button" data-testid="cite-copy" on:click=copy_citation>
                {move || lang.get().t(CiteUi::Cite)}
            </button>
            <button type="button" class="link-button" data-testid="title-copy" on:click=copy_title>
                {move || lang.get().t(CiteUi::CopyTitleLink)}
            </button>
            {pin_button}
        </span>
    }
}

/// Pins an item to the open brief, or unpins it.
#[component]
pub fn PinButton(item: BriefItem) -> impl IntoView {
    let lang = use_lang();
    let brief = use_brief();
    let item = StoredValue::new(item);
    let pinned = move || item.with_value(|item| brief.contains(item));
    view! {
        <button
            type="button"
            class="link-button"
            data-testid="pin"
            aria-pressed=move || pinned().to_string()
            on:click=move |_| brief.toggle(item.get_value())
        >
            {move || lang.get().t(if pinned() { CiteUi::Pinned } else { CiteUi::Pin })}
        </button>
    }
}

/// The same actions for the whole view: a citation of the report with the view's permalink,
/// and the view's title (its heading) with the permalink.
#[component]
pub fn ViewCiteActions() -> impl IntoView {
    let lang = use_lang();
    let citing = use_citing();
    let heading = move || {
        document()
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|h1| h1.text_content())
            .unwrap_or_else(|| document().title())
    };
    view! {
        <CitationStylePicker/>
        <button
            type="button"
            class="secondary"
            data-testid="view-cite"
            on:click=move |_| {
                let text = citing.citation(&Pinpoint::whole(), &view_permalink(), lang.get_untracked());
                citing.copy(text, CiteUi::CitationCopied);
            }
        >
            {move || lang.get().t(CiteUi::CiteView)}
        </button>
        <button
            type="button"
            class="secondary"
            data-testid="view-title-copy"
            on:click=move |_| citing.copy(title_and_link(heading().trim(), &view_permalink()), CiteUi::LinkCopied)
        >
            {move || lang.get().t(CiteUi::CopyTitleLink)}
        </button>
        <button type="button" class="secondary" data-testid="print" on:click=move |_| {
            let _ = window().print();
        }>
            {move || lang.get().t(CiteUi::Print)}
        </button>
    }
}
