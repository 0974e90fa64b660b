//! The app shell: router, header with language switch and record counts, and the data
//! loading states (loading, error with retry, loaded). In a portal frame (`embed=1`) the
//! header, navigation and footer give way to one source line, and the frame reports its
//! height to the parent.

use std::sync::Arc;

use leptos::either::Either;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::{use_location, use_query_map};
use leptos_router::path;

use crate::api::load_all;
use crate::brief_store::{provide_brief, provide_view_brief};
use crate::components::citing::{provide_citing, view_permalink, CopyStatus, ViewCiteActions};
use crate::components::error_panel::ErrorPanel;
use crate::components::first_chart;
use crate::components::shell_placeholder::{edition_placeholder, search_placeholder};
use crate::context::{provide_app, provide_lang, provide_view_scope, use_lang};
use crate::domain::catalog::Catalog;
use crate::embed::dialog::EmbedButton;
use crate::embed::height::report_height_to_parent;
use crate::embed::presentation::{presentation, set_presentation, Presentation};
use crate::embed::source_line::EmbedSourceLine;
use crate::first_paint::{screen_html, view_of_path, FIRST_PAINT_HEADER_ID, FIRST_PAINT_ID};
use crate::i18n::embed::EmbedUi;
use crate::i18n::{record_counts, Lang, Ui};
use crate::pages;
use crate::routes::Route;

#[component]
pub fn App() -> impl IntoView {
    // Before any link is printed: every link keeps this load's `embed` and `theme`.
    let search = window().location().search().unwrap_or_default();
    set_presentation(Presentation::from_query(&search));
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let query = use_query_map();
    let lang = Memo::new(move |_| Lang::from_param(query.read().get_str("lang")));
    provide_lang(lang);
    provide_citing();
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().html_lang());
        }
        document().set_title(lang.get().t(Ui::AppTitle));
    });

    let data = LocalResource::new(load_all);
    let embedded = presentation().embed;
    if embedded {
        report_height_to_parent();
    }
    let loaded = move || data.get().and_then(Result::ok);
    // The printed pages' header and footer (assets/print.css) name the report and this view.
    let print_marks = window_event_listener(leptos::ev::beforeprint, move |_| {
        let title = data.with_untracked(|loaded| match loaded {
            Some(Ok(catalog)) => catalog
                .edition
                .as_ref()
                .map(|edition| edition.line(lang.get_untracked())),
            _ => None,
        });
        let permalink = view_permalink();
        set_print_marks(&title.unwrap_or_default(), &permalink);
    });
    on_cleanup(move || print_marks.remove());
    let ready = Memo::new(move |_| data.with(Option::is_some));

    // A link to a record inside a view (`…#finding-…`, from search) scrolls to it and marks it
    // briefly, once the view has rendered.
    let location = use_location();
    Effect::new(move |_| {
        let loaded = data.with(|d| matches!(d, Some(Ok(_))));
        let (_, hash) = (location.pathname.get(), location.hash.get());
        let anchor = hash.trim_start_matches('#').to_string();
        if !loaded || anchor.is_empty() {
            return;
        }
        // After the router's own scroll to the top of the new view.
        set_timeout(
            move || {
                let Some(element) = document().get_element_by_id(&anchor) else {
                    return;
                };
                element.scroll_into_view();
                let _ = element.class_list().add_1("flash");
                set_timeout(
                    move || {
                        let _ = element.class_list().remove_1("flash");
                    },
                    std::time::Duration::from_millis(2500),
                );
            },
            std::time::Duration::from_millis(150),
        );
    });

    // index.html's static header (`first_paint`), with the edition and counts of the data
    // built in, stands until the data is in; the app's takes its place then, in the same frame
    // as the view, with the same lines, so nothing below it moves (issue #10). Once shown, it
    // stays (through a retry, say).
    let header_shown =
        Memo::new(move |shown: Option<&bool>| shown.copied().unwrap_or(false) || ready.get());
    let header = move || {
        (!embedded && header_shown.get()).then(|| {
        view! {
            <header class="app-header">
                <div class="brand">
                    <span class="brand-title">{move || lang.get().t(Ui::AppTitle)}</span>
                    {move || match loaded() {
                        Some(catalog) => Either::Left(view! { <EditionLine catalog/> }),
                        None => Either::Right(edition_placeholder()),
                    }}
                </div>
                <Nav/>
                {move || match loaded() {
                    Some(catalog) => Either::Left(view! { <pages::search::HeaderSearch data=catalog/> }),
                    None => Either::Right(search_placeholder(lang.get())),
                }}
                <LanguageSwitch/>
            </header>
        }
    })
    };
    // Embedded: the source line; otherwise the actions every view has.
    let top_line = move || {
        loaded().map(|catalog| {
            if embedded {
                view! { <EmbedSourceLine catalog/> }.into_any()
            } else {
                view! {
                    <div class="view-actions" role="toolbar" aria-label=move || lang.get().t(EmbedUi::ViewActions)>
                        <ViewCiteActions/>
                        <EmbedButton/>
                    </div>
                }
                .into_any()
            }
        })
    };
    // Below the view: not while index.html's first screen stands in for the loading view.
    let footer = move || {
        (!embedded && ready.get()).then(|| {
            view! {
                <footer class="app-footer">
                    <p>{move || lang.get().t(Ui::TranslationNote)}</p>
                </footer>
            }
        })
    };

    view! {
        <a class="skip-link" href="#main-content" on:click=skip_to_main>
            {move || lang.get().t(EmbedUi::SkipToContent)}
        </a>
        {header}
        // Until the data has arrived, a <main> of its own: the view then replaces it rather
        // than moving it down (no layout shift, issue #10).
        {move || if ready.get() {
            retire_first_paint();
            Either::Left(view! {
        <main class="app-main" id="main-content" tabindex="-1">
            {top_line}
            {move || match data.get() {
                None => {
                    view! {
                        <p class="loading" role="status" aria-live="polite">
                            {move || lang.get().t(Ui::Loading)}
                        </p>
                    }
                        .into_any()
                }
                Some(Err(error)) => {
                    view! { <ErrorPanel error on_retry=move || data.refetch()/> }.into_any()
                }
                Some(Ok(catalog)) => {
                    provide_brief(catalog.clone());
                    provide_app(catalog);
                    view! { <AppRoutes/> }.into_any()
                }
            }}
        </main>
        }) } else { Either::Right((!first_paint_shown()).then(|| view! {
            // After a retry (index.html's first screen is gone by then): the same.
            <main
                class="app-main app-loading"
                id="main-content"
                tabindex="-1"
                inner_html=move || screen_html(view_of_path(&location.pathname.get()), lang.get())
            ></main>
        })) }}
        <CopyStatus/>
        {footer}
    }
}

/// Whether index.html's static first screen (`first_paint`) still stands in for the loading
/// view. It stays until the data is in: its lede, painted before the wasm, is then the page's
/// largest paint, and the view replaces it at the same size (issue #10).
fn first_paint_shown() -> bool {
    document().get_element_by_id(FIRST_PAINT_ID).is_some()
}

fn retire_first_paint() {
    if let Some(header) = document().get_element_by_id(FIRST_PAINT_HEADER_ID) {
        header.remove();
    }
    if let Some(first_paint) = document().get_element_by_id(FIRST_PAINT_ID) {
        // Its chart, if it drew one, goes to the view's chart instead.
        first_chart::keep_drawn(&first_paint);
        first_paint.remove();
    }
}

/// Sets `--print-title` and `--print-permalink` on `<html>` as CSS strings (through the CSSOM,
/// which the CSP allows, unlike a `style` attribute in markup).
fn set_print_marks(title: &str, permalink: &str) {
    let css_string = |text: &str| {
        let escaped: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect::<String>()
            .replace('\\', "\\\\")
            .replace('"', "\\\"");
        format!("\"{escaped}\"")
    };
    let Some(root) = document().document_element() else {
        return;
    };
    let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) else {
        return;
    };
    let style = root.style();
    let _ = style.set_property("--print-title", &css_string(title));
    let _ = style.set_property("--print-permalink", &css_string(permalink));
}

/// The skip link moves focus to the main content (and not through the router, which would
/// treat `#main-content` as a record to scroll to and mark).
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    if let Some(main) = document().get_element_by_id("main-content") {
        if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
            let _ = main.focus();
        }
    }
}

#[component]
fn AppRoutes() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Routes fallback=move || {
            view! { <h1 class="not-found">{lang.get().t(Ui::NotFound)}</h1> }
        }>
            <Route path=path!("/") view=routed(pages::overview::OverviewPage)/>
            <Route path=path!("/strategy") view=routed(pages::strategy::StrategyPage)/>
            <Route path=path!("/operators") view=routed(pages::strategy::operators::OperatorsPage)/>
            <Route path=path!("/operators/:id") view=routed(pages::strategy::operator::OperatorPage)/>
            <Route path=path!("/compare") view=routed(pages::strategy::compare::ComparePage)/>
            <Route path=path!("/cases") view=routed(pages::cases::CasesPage)/>
            <Route path=path!("/cases/:id") view=routed(pages::cases::CasePage)/>
            <Route path=path!("/challenges") view=routed(pages::challenges::ChallengesPage)/>
            <Route path=path!("/search") view=routed(pages::search::SearchPage)/>
            <Route path=path!("/brief") view=routed(pages::brief::BriefPage)/>
        </Routes>
    }
}

/// A routed view, rendered after its reactive scope is set up: it reads the language, the
/// current path (`context::provide_view_scope`) and the open brief (`provide_view_brief`)
/// through mirrors of its own, which go with it (see `context`).
fn routed<V: IntoView>(
    page: impl Fn() -> V + Clone + Send + 'static,
) -> impl Fn() -> V + Clone + Send + 'static {
    move || {
        provide_view_scope();
        provide_view_brief();
        page()
    }
}

/// The edition and the count of each kind of record.
#[component]
fn EditionLine(catalog: Arc<Catalog>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let counts = record_counts(&catalog);
        let edition = catalog.edition.as_ref().map(|edition| edition.line(lang));
        view! {
            <span class="edition" data-testid="edition">{edition}</span>
            <ul class="record-counts" data-testid="record-counts">
                {counts
                    .into_iter()
                    .map(|(key, count)| {
                        view! {
                            <li data-count=format!("{key:?}")>
                                <b>{count}</b>
                                " "
                                {lang.t(key)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    }
}

#[component]
fn Nav() -> impl IntoView {
    let lang = use_lang();
    let links = Route::nav();
    view! {
        <nav class="app-nav" aria-label="main">
            {links
                .into_iter()
                .map(|(route, key)| {
                    let exact = route == Route::Overview;
                    view! {
                        <A href=move || route.href(lang.get()) exact>
                            {move || lang.get().t(key)}
                        </A>
                    }
                })
                .collect_view()}
        </nav>
    }
}

/// Switches zh/en in place: same path, same parameters, only `lang` changes.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let query = use_query_map();
    let target = move || {
        let mut params = query.get();
        params.remove("lang");
        if lang.get().other() == Lang::En {
            params.replace("lang", "en".to_string());
        }
        let query_string = params.to_query_string();
        format!("{}{}", location.pathname.get(), query_string)
    };
    view! {
        <A href=target attr:class="lang-switch" attr:data-testid="lang-switch">
            {move || lang.get().t(Ui::SwitchLanguage)}
        </A>
    }
}
