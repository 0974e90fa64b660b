//! Placeholder until its issue lands.

use leptos::prelude::*;

use crate::i18n::Key;

#[component]
pub fn CasePage() -> impl IntoView {
    super::placeholder(Key::NavCases)
}
