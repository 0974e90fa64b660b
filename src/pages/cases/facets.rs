//! The explorer's filters: the facet panel with live counts, the search box and the chips
//! of active filters.

use leptos::prelude::*;

use crate::components::facets::{FacetGroup, FacetValue};
use crate::components::labels::value_label;
use crate::context::{use_app, use_lang};
use crate::domain::catalog::Catalog;
use crate::domain::query::{CaseQuery, Facet, QueryResult};
use crate::i18n::cases::{self as text, CaseUi};
use crate::i18n::Lang;

/// Facets with a checkbox list, in display order. Challenge and recommendation filters
/// arrive by link and show as chips.
const PANEL_FACETS: [Facet; 8] = [
    Facet::Domain,
    Facet::Sub,
    Facet::Op,
    Facet::Org,
    Facet::Tech,
    Facet::Market,
    Facet::Metric,
    Facet::Quant,
];

fn facet_values(
    data: &Catalog,
    query: &CaseQuery,
    result: &QueryResult,
    facet: Facet,
    lang: Lang,
) -> Vec<FacetValue> {
    let index = data.case_index();
    index.vocab.values[facet.index()]
        .iter()
        .enumerate()
        .filter(|(at, key)| index.total(facet, *at) > 0 || query.is_selected(facet, key))
        .map(|(at, key)| FacetValue {
            key: key.clone(),
            label: value_label(data, facet, key, lang),
            count: result.count(facet, at),
            selected: query.is_selected(facet, key),
        })
        .collect()
}

/// One checkbox group per panel facet, each value with its live count.
#[component]
pub(super) fn FacetPanel(
    query: Memo<CaseQuery>,
    result: Memo<QueryResult>,
    push: Callback<CaseQuery>,
) -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    PANEL_FACETS
        .into_iter()
        .map(|facet| {
            let data = data.clone();
            let values = Signal::derive(move || {
                let lang = lang.get();
                query.with(|query| {
                    result.with(|result| facet_values(&data, query, result, facet, lang))
                })
            });
            view! {
                <FacetGroup
                    param=facet.param()
                    title=Signal::derive(move || text::facet_name(facet, lang.get()).to_string())
                    values
                    on_toggle=Callback::new(move |key: String| {
                        push.run(query.get_untracked().toggled(facet, &key))
                    })
                    on_clear=Callback::new(move |_| push.run(query.get_untracked().cleared(facet)))
                />
            }
        })
        .collect_view()
}

#[component]
pub(super) fn SearchBox(query: Memo<CaseQuery>, go: Callback<(CaseQuery, bool)>) -> impl IntoView {
    let lang = use_lang();
    // The box keeps what is typed (with spaces); the URL keeps it trimmed.
    let typed = RwSignal::new(query.get_untracked().q);
    Effect::new(move |_| {
        let q = query.with(|query| query.q.clone());
        if typed.get_untracked().trim() != q {
            typed.set(q);
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        typed.set(value.clone());
        let current = query.get_untracked();
        // The first keystroke of a search is a step Back can return to; the rest replace it.
        let replace = !current.q.is_empty();
        go.run((current.with_search(&value), replace));
    };
    view! {
        <div class="search-box" role="search" aria-label=move || lang.get().t(CaseUi::Search)>
            <label for="case-search">{move || lang.get().t(CaseUi::Search)}</label>
            <input
                id="case-search"
                type="search"
                data-testid="search"
                autocomplete="off"
                placeholder=move || lang.get().t(CaseUi::SearchPlaceholder)
                prop:value=move || typed.get()
                on:input=on_input
            />
            <Show when=move || !typed.with(|q| q.is_empty())>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        typed.set(String::new());
                        go.run((query.get_untracked().with_search(""), false));
                    }
                >
                    {move || lang.get().t(CaseUi::ClearSearch)}
                </button>
            </Show>
        </div>
    }
}

/// Active filters as removable chips, including the challenge / recommendation a link set.
#[component]
pub(super) fn Chips(query: Memo<CaseQuery>, push: Callback<CaseQuery>) -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let current = query.get();
        let chips: Vec<(Facet, String)> = Facet::ALL
            .iter()
            .flat_map(|facet| {
                current
                    .values(*facet)
                    .iter()
                    .map(move |value| (*facet, value.clone()))
            })
            .collect();
        (!chips.is_empty()).then(|| {
            view! {
                <ul class="chips" aria-label=lang.t(CaseUi::Filters)>
                    {chips
                        .into_iter()
                        .map(|(facet, value)| {
                            let label = value_label(&data, facet, &value, lang);
                            let next = current.toggled(facet, &value);
                            let remove = format!("{} {label}", lang.t(CaseUi::Remove));
                            view! {
                                <li class="chip" data-testid="chip" data-facet=facet.param() data-value=value.clone()>
                                    <span class="chip-facet">{text::facet_name(facet, lang)}</span>
                                    <span class="chip-label">{label}</span>
                                    <button
                                        type="button"
                                        class="chip-remove"
                                        aria-label=remove
                                        on:click=move |_| push.run(next.clone())
                                    >
                                        "×"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })
    }
}
