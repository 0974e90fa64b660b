//! The header row of a data table: one column header per label.

use leptos::prelude::*;

/// `<thead><tr><th scope="col">…</th>…</tr></thead>`.
pub fn table_head(labels: impl IntoIterator<Item = &'static str>) -> impl IntoView {
    let headers = labels
        .into_iter()
        .map(|label| view! { <th scope="col">{label}</th> })
        .collect_view();
    view! {
        <thead>
            <tr>{headers}</tr>
        </thead>
    }
}
