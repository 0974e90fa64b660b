//! The page's colour theme as code sees it: which ECharts theme a chart uses and the colour
//! tokens of `assets/theme.css` (for what is drawn outside CSS, like a downloaded PNG).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// ECharts' built-in `dark` theme when the page is dark (`<html data-theme>`, set by
/// assets/theme.js before the first paint), else the default.
pub fn echarts_theme() -> JsValue {
    let dark = document()
        .document_element()
        .and_then(|root| root.get_attribute("data-theme"))
        .is_some_and(|theme| theme == "dark");
    if dark {
        JsValue::from_str("dark")
    } else {
        JsValue::UNDEFINED
    }
}

/// Whether the reader asked for less motion (`prefers-reduced-motion: reduce`, which
/// `assets/theme.js` mirrors on `<html data-reduced-motion>`): charts then draw their final
/// state at once.
pub fn reduced_motion() -> bool {
    document()
        .document_element()
        .is_some_and(|root| root.has_attribute("data-reduced-motion"))
}

/// A colour token of the theme (`assets/theme.css`), as the page computes it.
pub fn theme_colour(token: &str, fallback: &str) -> String {
    document()
        .document_element()
        .and_then(|root| window().get_computed_style(&root).ok().flatten())
        .and_then(|style| style.get_property_value(token).ok())
        .map(|value| value.trim().to_string())
        .filter(|value| !value.is_empty())
        .unwrap_or_else(|| fallback.to_string())
}

/// The theme's card colour, behind a downloaded PNG as behind the chart on screen.
pub fn card_colour() -> String {
    theme_colour("--card", "#ffffff")
}
