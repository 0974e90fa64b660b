//! Shows why loading failed — file, record, field, problem — with a retry button.
//! All text is rendered as text nodes, never as HTML.

use leptos::prelude::*;

use crate::api::LoadError;
use crate::app::use_lang;
use crate::i18n::{t, Key};

#[component]
pub fn ErrorPanel(error: LoadError, on_retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let lang = use_lang();
    let rows = error.rows();
    view! {
        <section class="error-panel" role="alert" data-testid="error-panel">
            <h2>{move || t(lang.get(), Key::LoadFailed)}</h2>
            <p class="error-summary">{error.to_string()}</p>
            <table>
                <thead>
                    <tr>
                        <th>{move || t(lang.get(), Key::ErrorFile)}</th>
                        <th>{move || t(lang.get(), Key::ErrorRecord)}</th>
                        <th>{move || t(lang.get(), Key::ErrorField)}</th>
                        <th>{move || t(lang.get(), Key::ErrorReason)}</th>
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
                {move || t(lang.get(), Key::Retry)}
            </button>
        </section>
    }
}
