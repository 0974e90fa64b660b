//! Lists of an operator's facts (models, platforms, compute layouts, organisational moves).

use leptos::prelude::*;

use crate::components::cite::{optional_text, CiteRef};
use crate::domain::Fact;
use crate::i18n::{Lang, Ui};

/// Facts with detail, date and citation; or "not stated".
pub fn fact_list(facts: &[Fact], lang: Lang, testid: &'static str) -> AnyView {
    if facts.is_empty() {
        return view! {
            <p class="not-stated" data-testid=testid>{lang.t(Ui::NotStated)}</p>
        }
        .into_any();
    }
    let items = facts
        .iter()
        .map(|fact| {
            let detail = fact
                .detail
                .as_ref()
                .map(|d| view! { <p class="fact-detail">{d.get(lang).to_string()}</p> });
            let date = optional_text(fact.date.as_ref(), "fact-date", lang);
            view! {
                <li class="fact">
                    <div class="fact-head">
                        <strong class="fact-label">{fact.label.get(lang).to_string()}</strong>
                        {date}
                    </div>
                    {detail}
                    <CiteRef cite=fact.cite.clone()/>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="facts" data-testid=testid>{items}</ul> }.into_any()
}
