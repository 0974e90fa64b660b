//! Placeholder until its issue lands.

use leptos::prelude::*;

use crate::i18n::Key;

#[component]
pub fn StrategyPage() -> impl IntoView {
    super::placeholder(Key::NavStrategy)
}
