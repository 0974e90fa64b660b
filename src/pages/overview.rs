//! 总览: the edition and its outline.

use leptos::prelude::*;

use crate::app::{use_data, use_lang};
use crate::i18n::{t, Key};

#[component]
pub fn OverviewPage() -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let chapters = data
            .sections
            .iter()
            .filter(|section| section.parent.is_none())
            .map(|section| {
                view! {
                    <li>
                        <span class="section-number">{section.number.clone().unwrap_or_default()}</span>
                        " "
                        {section.title.get(lang).to_string()}
                        <span class="page-ref">{format!(" · {} {}", t(lang, Key::Page), section.page)}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="page overview">
                <h1>{t(lang, Key::NavOverview)}</h1>
                <ul class="outline">{chapters}</ul>
            </section>
        }
    }
}
