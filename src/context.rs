//! What every view reads from the app: the loaded report (with its look-ups) and the language.
//! Both are provided by the shell; asking for them elsewhere is a programming error.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::catalog::Catalog;
use crate::i18n::Lang;

/// The loaded report, `Copy` so that closures and components take it freely.
#[derive(Clone, Copy)]
pub struct AppData(StoredValue<Arc<Catalog>>);

impl AppData {
    /// The report and its look-ups.
    pub fn catalog(&self) -> Arc<Catalog> {
        self.0.get_value()
    }
}

/// Called by the shell once the data has loaded and validated.
pub fn provide_app(catalog: Arc<Catalog>) {
    provide_context(AppData(StoredValue::new(catalog)));
}

/// The loaded report. Views render only after loading succeeded, so a missing context is a
/// bug in the shell, reported loudly rather than hidden behind an empty report.
pub fn use_app() -> AppData {
    use_context::<AppData>().expect("use_app: the shell provides AppData before any view renders")
}

/// Called by the shell: the UI language, derived from the `lang` URL parameter.
pub fn provide_lang(lang: Memo<Lang>) {
    provide_context(lang);
}

/// The current UI language.
pub fn use_lang() -> Memo<Lang> {
    use_context::<Memo<Lang>>().expect("use_lang: the shell provides the language")
}
