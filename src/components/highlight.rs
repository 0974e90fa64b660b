//! Search highlighting as text nodes: matches become `<mark>` elements around text nodes,
//! never HTML built from data.

use leptos::prelude::*;

use crate::domain::search::{split, Search};

/// `text` with every match of `search` wrapped in `<mark>`.
#[component]
pub fn Highlight(#[prop(into)] text: String, search: Search) -> impl IntoView {
    let ranges = search.highlight(&text);
    split(&text, &ranges)
        .into_iter()
        .map(|(piece, hit)| {
            let piece = piece.to_string();
            if hit {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}
