//! Shows why loading failed — file, record, field, problem, in the reader's language — with
//! a retry button. Each row carries `data-file` and `data-fault` (the kind of fault, see
//! `api::Fault::kind`). All text is rendered as text nodes, never as HTML.

use leptos::prelude::*;

use crate::api::LoadError;
use crate::context::use_lang;
use crate::i18n::Ui;

#[component]
pub fn ErrorPanel(error: LoadError, on_retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let lang = use_lang();
    let error = StoredValue::new(error);
    view! {
        <section class="error-panel" role="alert" data-testid="error-panel">
            <h2>{move || lang.get().t(Ui::LoadFailed)}</h2>
            {move || {
                error
                    .with_value(|error| error.summary(lang.get()))
                    .into_iter()
                    .map(|line| view! { <p class="error-summary">{line}</p> })
                    .collect_view()
            }}
            <table>
                <thead>
                    <tr>
                        <th>{move || lang.get().t(Ui::ErrorFile)}</th>
                        <th>{move || lang.get().t(Ui::ErrorRecord)}</th>
                        <th>{move || lang.get().t(Ui::ErrorField)}</th>
                        <th>{move || lang.get().t(Ui::ErrorReason)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        error
                            .with_value(|error| error.rows(lang.get()))
                            .into_iter()
                            .map(|row| {
                                let path = row.path.clone();
                                view! {
                                    <tr data-file=path data-fault=row.kind>
                                        <td class="error-file">{row.path}</td>
                                        <td>{row.record}</td>
                                        <td>{row.field}</td>
                                        <td class="error-reason">{row.reason}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
            <button type="button" class="retry" data-testid="retry" on:click=move |_| on_retry()>
                {move || lang.get().t(Ui::Retry)}
            </button>
        </section>
    }
}
