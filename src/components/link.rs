//! `A`: the links inside the routed views. The same link as leptos_router's `<A>` (a plain
//! `<a href>`, which the router navigates, with `aria-current="page"` while the current path
//! lies under its path), but it follows the current path through the view's own mirror
//! (`context::use_view_path`) instead of the router's URL signal. A dropped render effect stays
//! in the subscriber list of whatever it read (see `context`): every `<A>` of a view would be
//! left in the router's signal, for the whole session, at each view switch.

use leptos::prelude::*;
use leptos_router::components::ToHref;

use crate::context::use_view_path;

/// A link to `href`, an absolute path as `Route::href` writes it.
#[component]
pub fn A<H>(href: H, children: Children) -> impl IntoView
where
    H: ToHref + Send + Sync + 'static,
{
    let href = Memo::new(move |_| href.to_href()());
    let path = use_view_path();
    let is_active =
        move || href.with(|href| path.with(|path| is_active_for(link_path(href), path)));
    view! {
        <a href=move || href.get() aria-current=move || is_active().then_some("page")>
            {children()}
        </a>
    }
}

/// The path of a link, without its query and fragment.
fn link_path(href: &str) -> &str {
    href.split(['?', '#']).next().unwrap_or_default()
}

/// Whether a link to `href` marks the page at `location` as its own: leptos_router's rule (not
/// `exact`, no strict trailing slash), where `/cases` is active on `/cases` and `/cases/3`.
fn is_active_for(href: &str, location: &str) -> bool {
    let mut href_segments = href.split('/');
    location
        .split('/')
        .zip(href_segments.by_ref())
        .enumerate()
        .all(|(index, (location, href))| location == href || href.is_empty() && index > 1)
        && matches!(href_segments.next(), None | Some(""))
}

#[cfg(test)]
mod tests {
    use super::{is_active_for, link_path};

    #[test]
    fn active_links_are_those_of_the_page_and_its_parents() {
        assert_eq!(link_path("/cases?tech=ai&lang=en#top"), "/cases");
        assert!(is_active_for("/", "/"));
        assert!(is_active_for("/cases", "/cases"));
        assert!(is_active_for("/cases", "/cases/c-3"));
        assert!(is_active_for("/cases/", "/cases"));
        assert!(!is_active_for("/cases/c-3", "/cases"));
        assert!(!is_active_for("/operators", "/cases"));
        assert!(!is_active_for("/cases", "/case"));
    }
}
