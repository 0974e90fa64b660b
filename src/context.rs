//! What every view reads from the app: the loaded report (with its look-ups) and the language.
//! Both are provided by the shell; asking for them elsewhere is a programming error.
//!
//! Each routed view reads the session-long reactive values (the language, the open brief, the
//! current path and query) through mirrors of its own ([`provide_view_scope`]). Leptos
//! (reactive_graph 0.2) never takes a dropped render effect, effect or memo out of the
//! subscriber lists of the signals and memos it read: the entry, a `Weak` to the node, stays
//! as long as the source does and keeps the node's allocation alive. Read straight from the
//! shell's `Memo<Lang>`, the open brief's signal and the router's URL, every view switch left
//! a few hundred such entries behind (≈ 10–20 KB of wasm memory per switch, for the session).
//! A mirror unsubscribes from its source when its view is cleaned up, and what subscribed to
//! the mirror goes with it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::reactive::graph::{Subscriber, ToAnySubscriber};
use leptos_router::hooks::{use_location, use_query_map};
use leptos_router::params::ParamsMap;

use crate::domain::catalog::Catalog;
use crate::i18n::Lang;

/// The loaded report, `Copy` so that closures and components take it freely.
#[derive(Clone, Copy)]
pub struct AppData(StoredValue<Arc<Catalog>>);

impl AppData {
    /// The report and its look-ups.
    pub fn catalog(&self) -> Arc<Catalog> {
        self.0.get_value()
    }
}

/// Called by the shell once the data has loaded and validated.
pub fn provide_app(catalog: Arc<Catalog>) {
    provide_context(AppData(StoredValue::new(catalog)));
}

/// The loaded report. Views render only after loading succeeded, so a missing context is a
/// bug in the shell, reported loudly rather than hidden behind an empty report.
pub fn use_app() -> AppData {
    use_context::<AppData>().expect("use_app: the shell provides AppData before any view renders")
}

/// Called by the shell: the UI language, derived from the `lang` URL parameter.
pub fn provide_lang(lang: Memo<Lang>) {
    provide_context(lang);
}

/// The current UI language.
pub fn use_lang() -> Memo<Lang> {
    use_context::<Memo<Lang>>().expect("use_lang: the shell provides the language")
}

/// Has `memo` leave the subscriber lists of what it read when the current owner (a view) is
/// cleaned up (see the module comment): for a view's memo of a session-long signal or memo.
pub fn unsubscribe_on_cleanup<T: Send + Sync + 'static>(memo: Memo<T>) {
    let memo = ArcMemo::from(memo);
    on_cleanup(move || memo.clear_sources(&memo.to_any_subscriber()));
}

/// A memo of `source` owned by the current owner (a view), which unsubscribes from what it
/// read when that owner is cleaned up. What subscribes to the mirror goes with it: nothing
/// of the view is left in the subscriber lists of the shell's signals and memos.
pub fn view_mirror<T>(source: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let mirror = Memo::new(move |_| source());
    unsubscribe_on_cleanup(mirror);
    mirror
}

/// The URL's query parameters (leptos_router's `use_query_map`), for a routed view: its memo
/// leaves the router's URL signal with the view.
pub fn use_view_query() -> Memo<ParamsMap> {
    let query = use_query_map();
    unsubscribe_on_cleanup(query);
    query
}

/// The current path as a routed view reads it (its own mirror of the router's).
#[derive(Clone, Copy)]
struct ViewPath(Memo<String>);

/// The current path: the view's mirror, or the router's own outside a routed view.
pub fn use_view_path() -> Memo<String> {
    use_context::<ViewPath>().map_or_else(|| use_location().pathname, |path| path.0)
}

/// Called by each routed view before it renders (see the module comment): the view's own
/// mirrors of the language and the current path, in place of the shell's and the router's
/// (and `brief_store::provide_view_brief` for the open brief).
pub fn provide_view_scope() {
    let lang = use_lang();
    provide_lang(view_mirror(move || lang.get()));
    let pathname = use_location().pathname;
    provide_context(ViewPath(view_mirror(move || pathname.get())));
}
