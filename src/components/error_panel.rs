//! Shows why loading failed — file, record, field, problem — with a retry button.
//! All text is rendered as text nodes, never as HTML.

use leptos::prelude::*;

use crate::api::LoadError;
use crate::context::use_lang;
use crate::i18n::Ui;

#[component]
pub fn ErrorPanel(error: LoadError, on_retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let lang = use_lang();
    let rows = error.rows();
    view! {
        <section class="error-panel" role="alert" data-testid="error-panel">
            <h2>{move || lang.get().t(Ui::LoadFailed)}</h2>
            <p class="error-summary">{error.to_string()}</p>
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
                    {rows
                        .into_iter()
                        .map(|row| {
                            view! {
                                <tr>
                                    <td class="error-file">{row.file}</td>
                                    <td>{row.record}</td>
                                    <td>{row.field}</td>
                                    <td>{row.reason}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <button type="button" class="retry" data-testid="retry" on:click=move |_| on_retry()>
                {move || lang.get().t(Ui::Retry)}
            </button>
        </section>
    }
}
