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
            <ul class="facet-values">
                <For
                    each=move || values.get()
                    key=|value| (value.key.clone(), value.label.clone(), value.count, value.selected)
                    let:value
                >
                    {
                        let disabled = value.count == 0 && !value.selected;
                        let key = value.key.clone();
                        view! {
                            <li class:disabled=disabled>
                                <label data-value=value.key.clone()>
                                    <input
                                        type="checkbox"
                                        prop:checked=value.selected
                                        prop:disabled=disabled
                                        on:change=move |_| on_toggle.run(key.clone())
                                    />
                                    <span class="facet-label">{value.label.clone()}</span>
                                    <span class="facet-count" data-testid="facet-count">
                                        {value.count}
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
