//! Citations: every figure shows its page and footnote source, and opens the report's
//! original Chinese sentence on demand.

use leptos::prelude::*;

use crate::context::use_lang;
use crate::domain::{Cite, Text};
use crate::i18n::{Lang, Ui};

/// "p. 15 · Source: public news reports", followed by the original sentence on demand.
#[component]
pub fn CiteRef(cite: Cite) -> impl IntoView {
    let lang = use_lang();
    let Cite {
        section,
        page,
        footnotes,
        source,
        quote,
    } = cite;
    move || {
        let lang = lang.get();
        let source = view! {
            {source.as_ref().map(|named| {
                view! { <span class="cite-source">{format!(" · {}", named.get(lang))}</span> }
            })}
            {footnotes
                .iter()
                .map(|note| {
                    view! {
                        <span class="cite-source" data-footnote=note.number>
                            {format!(" · [{}] {}", note.number, note.text.get(lang))}
                        </span>
                    }
                })
                .collect_view()}
        };
        let reference =
            view! { <span class="cite-page">{format!("{} {page}", lang.t(Ui::Page))}</span> };
        match quote.clone() {
            Some(quote) => view! {
                <details class="cite" data-section=section.to_string() data-page=page>
                    <summary>{reference}{source}</summary>
                    <blockquote lang="zh-CN" class="cite-quote">{quote}</blockquote>
                </details>
            }
            .into_any(),
            None => view! {
                <span class="cite" data-section=section.to_string() data-page=page>
                    {reference}
                    {source}
                </span>
            }
            .into_any(),
        }
    }
}

/// A data text in the current language, or the "not stated" marker when absent.
pub fn text_or_not_stated(text: Option<&Text>, lang: Lang) -> AnyView {
    match text {
        Some(text) => view! { <span>{text.get(lang).to_string()}</span> }.into_any(),
        None => view! { <span class="not-stated">{lang.t(Ui::NotStated)}</span> }.into_any(),
    }
}

/// A data text in the current language in a `<span>` of `class`, or nothing when absent: for
/// optional details (a date, a period) beside what the report does state.
pub fn optional_text(text: Option<&Text>, class: &'static str, lang: Lang) -> Option<AnyView> {
    text.map(|text| view! { <span class=class>{text.get(lang).to_string()}</span> }.into_any())
}
