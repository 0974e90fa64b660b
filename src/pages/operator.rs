//! Placeholder until its issue lands.

use leptos::prelude::*;

use crate::i18n::Key;

#[component]
pub fn OperatorPage() -> impl IntoView {
    super::placeholder(Key::NavOperators)
}
