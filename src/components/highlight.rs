//! Search highlighting as text nodes: matches become `<mark>` elements around text nodes,
//! never HTML built from data.

use leptos::prelude::*;

use std::ops::Range;

use crate::domain::search::{split, Search};

/// `text` with every match of `search` wrapped in `<mark>`.
#[component]
pub fn Highlight(#[prop(into)] text: String, search: Search) -> impl IntoView {
    let ranges = search.highlight(&text);
    marked(&text, &ranges)
}

/// `text` with the byte `ranges` (on character boundaries) wrapped in `<mark>`.
pub fn marked(text: &str, ranges: &[Range<usize>]) -> impl IntoView {
    split(text, ranges)
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
