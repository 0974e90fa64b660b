//! One facet of the case explorer: a group of checkboxes with live counts, a value with no
//! matching case disabled (but visible), and a button that clears the facet.

use leptos::prelude::*;

use crate::context::use_lang;
use crate::i18n::cases::CaseUi;

/// One value of a facet as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetValue {
    pub key: String,
    pub label: String,
    pub count: u32,
    pub selected: bool,
}

#[component]
pub fn FacetGroup(
    /// The URL parameter, used in test ids.
    param: &'static str,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] values: Signal<Vec<FacetValue>>,
    on_toggle: Callback<String>,
    on_clear: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    // Computed once per change (not once per reader), and only passed on when it differs.
    let values = Memo::new(move |_| values.get());
    let active = move || values.with(|values| values.iter().any(|v| v.selected));
    view! {
        <fieldset class="facet" class:long=move || values.with(|v| v.len() > 12) data-facet=param>
            <legend>
                <span>{move || title.get()}</span>
                <Show when=active>
                    <button
                        type="button"
                        class="link-button facet-clear"
                        data-testid="facet-clear"
                        on:click=move |_| on_clear.run(())
                    >
                        {move || lang.get().t(CaseUi::Clear)}
                    </button>
                </Show>
            </legend>
            // Keyed by value (and label, which a language switch changes): a click elsewhere
            // updates counts and check marks in place instead of rebuilding the rows.
            <ul class="facet-values">
                <For
                    each=move || values.get()
                    key=|value| (value.key.clone(), value.label.clone())
                    let:value
                >
                    {
                        let key = value.key.clone();
                        let state = Memo::new(move |_| {
                            values.with(|values| {
                                values
                                    .iter()
                                    .find(|v| v.key == key)
                                    .map_or((0, false), |v| (v.count, v.selected))
                            })
                        });
                        let disabled = move || state.with(|(count, selected)| *count == 0 && !*selected);
                        let key = value.key.clone();
                        view! {
                            <li class:disabled=disabled>
                                <label data-value=value.key.clone()>
                                    <input
                                        type="checkbox"
                                        prop:checked=move || state.get().1
                                        prop:disabled=disabled
                                        on:change=move |_| on_toggle.run(key.clone())
                                    />
                                    <span class="facet-label">{value.label.clone()}</span>
                                    <span class="facet-count" data-testid="facet-count">
                                        {move || state.get().0}
                                    </span>
                                </label>
                            </li>
                        }
                    }
                </For>
            </ul>
        </fieldset>
    }
}
