//! One module per top-level view.

pub mod case_detail;
pub mod cases;
pub mod challenges;
pub mod compare;
pub mod operator;
pub mod operators;
pub mod overview;
pub mod strategy;

use leptos::prelude::*;

use crate::app::use_lang;
use crate::i18n::{t, Key};

/// A view that a later issue fills in.
pub fn placeholder(title: Key) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="page placeholder">
            <h1>{move || t(lang.get(), title)}</h1>
            <p>{move || t(lang.get(), Key::ComingSoon)}</p>
        </section>
    }
}
