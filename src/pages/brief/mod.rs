//! The brief (/brief): the pinned items as an A4 document (`document.rs`) or a slide deck
//! (`slides.rs`, `mode=slides`), one item rendered by `items.rs`.
//!
//! The URL is the brief. `?b=` is read raw from `window.location.search` (the router's query
//! map would percent-decode the notes a second time) and, when present, replaces the open
//! draft; without it the page shows the draft and writes it into the URL. Every change (note,
//! order, removal) goes to the draft and to the URL (replace navigation), so the address bar
//! always shares what is on screen. Tokens the decoder drops are named in a notice.

mod document;
mod items;
mod slides;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::brief_store::{use_brief, BriefStore};
use crate::components::segmented::{Segment, Segmented};
use crate::context::{unsubscribe_on_cleanup, use_app, use_lang};
use crate::domain::brief::{decode, raw_param, Brief, PARAM};
use crate::domain::catalog::Catalog;
use crate::domain::query::parse_query_string;
use crate::i18n::brief::{dropped_text, BriefUi, DocLang};
use crate::i18n::{Lang, Ui};
use crate::routes::Route;

/// The router's navigate function, kept in the page's arena.
type Navigate = Box<dyn Fn(&str, NavigateOptions)>;

/// What every part of the page shares: the draft, the URL's `doc` and `mode`, navigation.
#[derive(Clone, Copy)]
pub(crate) struct BriefState {
    pub store: BriefStore,
    pub lang: Memo<Lang>,
    pub doc: Memo<Option<DocLang>>,
    pub slides: Memo<bool>,
    data: StoredValue<Arc<Catalog>>,
    navigate: StoredValue<Navigate, LocalStorage>,
}

impl BriefState {
    pub fn catalog(&self) -> Arc<Catalog> {
        self.data.get_value()
    }

    /// The document's languages, in column order.
    pub fn langs(&self) -> Vec<Lang> {
        DocLang::langs(self.doc.get(), self.lang.get())
    }

    /// This page with the current brief, `doc` and `slides`.
    pub fn route(&self, doc: Option<DocLang>, slides: bool) -> Route {
        Route::Brief {
            b: self.store.encoded(),
            doc,
            slides,
        }
    }

    fn go(&self, route: Route, replace: bool) {
        let href = route.href(self.lang.get_untracked());
        let options = NavigateOptions {
            replace,
            scroll: false,
            ..Default::default()
        };
        self.navigate
            .with_value(|navigate| navigate(&href, options));
    }

    /// Writes the current brief into the URL, replacing the entry (no history per edit).
    pub fn write_url(&self) {
        let route = untrack(|| self.route(self.doc.get(), self.slides.get()));
        self.go(route, true);
    }

    /// Changes the brief, then the URL.
    pub fn change(&self, change: impl FnOnce(&mut Brief)) {
        self.store.update(change);
        self.write_url();
    }

    /// Switches between the document and the slides (a new history entry: Back returns).
    pub fn show_slides(&self, slides: bool) {
        let route = untrack(|| self.route(self.doc.get(), slides));
        self.go(route, false);
    }

    fn show_doc(&self, doc: DocLang) {
        let route = untrack(|| self.route(Some(doc), self.slides.get()));
        self.go(route, false);
    }
}

#[component]
pub fn BriefPage() -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let store = use_brief();
    let location = use_location();
    let navigate = use_navigate();
    // The query as it stands in the URL, not decoded.
    let search = Memo::new(move |_| location.search.get());
    unsubscribe_on_cleanup(search);
    let raw_b = Memo::new(move |_| search.with(|s| raw_param(s, PARAM).map(str::to_string)));
    let param = move |name: &str| {
        search.with(|s| {
            parse_query_string(s)
                .into_iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value)
        })
    };
    let doc = Memo::new(move |_| param("doc").and_then(|v| DocLang::parse(&v)));
    let slides = Memo::new(move |_| param("mode").as_deref() == Some("slides"));
    let state = BriefState {
        store,
        lang,
        doc,
        slides,
        data: StoredValue::new(data.clone()),
        navigate: StoredValue::new_local(Box::new(navigate)),
    };
    // What the URL's value could not give, named.
    let dropped = {
        let data = data.clone();
        Memo::new(move |_| {
            raw_b.with(|b| {
                b.as_deref()
                    .map(|value| decode(value, &data).dropped)
                    .unwrap_or_default()
            })
        })
    };
    // The URL's brief replaces the draft; without one, the draft goes into the URL.
    Effect::new(move |_| match raw_b.get() {
        Some(value) => {
            if value != untrack(|| store.encoded()) {
                let brief = decode(&value, &data).brief;
                store.update(|draft| *draft = brief);
            }
        }
        None => {
            if !untrack(|| store.is_empty()) {
                state.write_url();
            }
        }
    });
    Effect::new(move |_| {
        document().set_title(&format!(
            "{} · {}",
            lang.get().t(BriefUi::Title),
            lang.get().t(Ui::AppTitle)
        ));
    });

    let notice = move || {
        let lang = lang.get();
        dropped.with(|dropped| {
            (!dropped.is_empty()).then(|| {
                let names = dropped
                    .iter()
                    .map(|d| view! { <li data-token=d.token.clone()>{dropped_text(d, lang)}</li> })
                    .collect_view();
                view! {
                    <div class="brief-dropped notices" role="status" data-testid="brief-dropped">
                        <p>{lang.t(BriefUi::DroppedNotice)}</p>
                        <ul>{names}</ul>
                    </div>
                }
            })
        })
    };
    let body = move || {
        if store.is_empty() {
            let lang = lang.get();
            return view! {
                <div class="brief-empty" data-testid="brief-empty">
                    <p class="empty">{lang.t(BriefUi::Empty)}</p>
                    <p>{lang.t(BriefUi::HowToPin)}</p>
                </div>
            }
            .into_any();
        }
        if slides.get() {
            view! { <slides::Slides state/> }.into_any()
        } else {
            view! { <document::Document state/> }.into_any()
        }
    };
    view! {
        <section
            class="page brief-page"
            class:brief-slides-mode=move || slides.get()
            data-testid="brief-page"
        >
            <div class="brief-intro">
                <h1>{move || lang.get().t(BriefUi::Title)}</h1>
                <p class="lede">{move || lang.get().t(BriefUi::Intro)}</p>
            </div>
            <Toolbar state/>
            {notice}
            {body}
        </section>
    }
}

/// The document's language, Print / PDF, slides, and the link to share.
#[component]
fn Toolbar(state: BriefState) -> impl IntoView {
    let lang = state.lang;
    let segment = |doc: DocLang, key: BriefUi| {
        Segment::new(doc, format!("doc-{}", doc.key()), move || lang.get().t(key))
    };
    let options = vec![
        segment(DocLang::Zh, BriefUi::DocZh),
        segment(DocLang::En, BriefUi::DocEn),
        segment(DocLang::Both, BriefUi::DocBoth),
    ];
    let current = Signal::derive(move || {
        state.doc.get().unwrap_or(match lang.get() {
            Lang::Zh => DocLang::Zh,
            Lang::En => DocLang::En,
        })
    });
    let on_select = Callback::new(move |doc| state.show_doc(doc));
    let share = move || {
        let origin = window().location().origin().unwrap_or_default();
        format!(
            "{origin}{}",
            state.route(state.doc.get(), false).href(lang.get())
        )
    };
    view! {
        <div
            class="brief-toolbar chart-toolbar no-print"
            role="toolbar"
            aria-label=move || lang.get().t(BriefUi::Title)
            hidden=move || state.store.is_empty()
        >
            <span class="brief-toolbar-label">{move || lang.get().t(BriefUi::DocLanguage)}</span>
            <Segmented
                options
                current
                on_select
                label=Signal::derive(move || lang.get().t(BriefUi::DocLanguage).to_string())
            />
            <button
                type="button"
                class="secondary"
                data-testid="brief-slides"
                aria-pressed=move || state.slides.get().to_string()
                on:click=move |_| state.show_slides(!state.slides.get_untracked())
            >
                {move || lang.get().t(BriefUi::Slides)}
            </button>
            <label class="brief-share">
                <span>{move || lang.get().t(BriefUi::ShareLink)}</span>
                <input type="url" readonly data-testid="brief-url" prop:value=share/>
            </label>
        </div>
    }
}
