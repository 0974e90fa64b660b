//! A segmented control: a group of buttons of which the one showing the current value is
//! pressed (`aria-pressed`). It only reports a choice; the page writes it to the URL.

use leptos::prelude::*;

/// One button of a [`Segmented`] group.
#[derive(Clone)]
pub struct Segment<T: 'static> {
    /// The value the button selects.
    pub value: T,
    /// The button's `data-testid`.
    pub testid: String,
    /// The button's text, in the current language.
    pub label: Signal<String>,
}

impl<T: Send + Sync + 'static> Segment<T> {
    /// A button selecting `value`; `label` gives its text (re-read when the language changes).
    pub fn new<S: ToString>(
        value: T,
        testid: impl Into<String>,
        label: impl Fn() -> S + Send + Sync + 'static,
    ) -> Self {
        Segment {
            value,
            testid: testid.into(),
            label: Signal::derive(move || label().to_string()),
        }
    }
}

/// The buttons of `options` in order, the one equal to `current` pressed; a click on any
/// button calls `on_select` with its value. `label` names the group for assistive technology.
#[component]
pub fn Segmented<T>(
    options: Vec<Segment<T>>,
    #[prop(into)] current: Signal<T>,
    on_select: Callback<T>,
    #[prop(optional, into)] label: Option<Signal<String>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let buttons = options
        .into_iter()
        .map(|segment| {
            let Segment {
                value,
                testid,
                label,
            } = segment;
            view! {
                <button
                    type="button"
                    class="secondary"
                    data-testid=testid
                    aria-pressed=move || (current.get() == value).to_string()
                    on:click=move |_| on_select.run(value)
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="segmented" role="group" aria-label=label>
            {buttons}
        </div>
    }
}
