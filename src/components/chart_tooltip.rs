//! Canvas tooltips for `ChartView`: ECharts' HTML tooltips write `style="…"` attributes,
//! which the app's Content-Security-Policy (`style-src 'self'`) forbids, and they would
//! parse text as HTML; every tooltip is made a `richText` one and its string template is
//! filled as plain text.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The tooltip formatters of the chart on screen; each lives as long as the option using it.
pub(crate) type Formatters = Vec<Closure<dyn Fn(JsValue) -> JsValue>>;

pub(crate) fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

pub(crate) fn set(object: &JsValue, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}

/// The tooltip objects of an option: its `tooltip` (an object or a list) and each series'.
fn tooltips(option: &JsValue) -> (Vec<JsValue>, Vec<JsValue>) {
    let list = |value: JsValue| -> Vec<JsValue> {
        if js_sys::Array::is_array(&value) {
            js_sys::Array::from(&value)
                .iter()
                .filter(JsValue::is_object)
                .collect()
        } else if value.is_object() {
            vec![value]
        } else {
            Vec::new()
        }
    };
    let components = list(get(option, "tooltip"));
    let series = list(get(option, "series"))
        .into_iter()
        .flat_map(|series| list(get(&series, "tooltip")))
        .collect();
    (components, series)
}

/// Makes every tooltip of `option` a canvas (`richText`) tooltip. ECharts treats a string
/// `formatter` as an HTML template (values HTML-escaped, `<br/>` for a new line), which a
/// canvas would show literally; each is replaced by a function that fills the same template
/// as plain text ([`fill_template`]).
pub(super) fn canvas_tooltips(option: &JsValue) -> Formatters {
    let (components, series) = tooltips(option);
    for tooltip in &components {
        set(tooltip, "renderMode", &JsValue::from_str("richText"));
    }
    let mut formatters = Formatters::new();
    for tooltip in components.iter().chain(&series) {
        let Some(template) = get(tooltip, "formatter").as_string() else {
            continue;
        };
        let formatter = Closure::<dyn Fn(JsValue) -> JsValue>::new(move |params: JsValue| {
            let items: Vec<JsValue> = if js_sys::Array::is_array(&params) {
                js_sys::Array::from(&params).iter().collect()
            } else {
                vec![params]
            };
            let values: Vec<[String; 4]> = items
                .iter()
                .map(|item| {
                    ["seriesName", "name", "value", "percent"].map(|key| js_text(&get(item, key)))
                })
                .collect();
            JsValue::from_str(&fill_template(&template, &values))
        });
        set(tooltip, "formatter", formatter.as_ref());
        formatters.push(formatter);
    }
    formatters
}

/// A value as JavaScript's `String(value)` writes it; nothing for `undefined` and `null`.
fn js_text(value: &JsValue) -> String {
    if value.is_undefined() || value.is_null() {
        return String::new();
    }
    value.as_string().unwrap_or_else(|| {
        value
            .unchecked_ref::<js_sys::Object>()
            .to_string()
            .as_string()
            .unwrap_or_default()
    })
}

/// Fills an ECharts tooltip template as plain text: `{a}`, `{b}`, `{c}`, `{d}` (series name,
/// item name, value, percent) of the first item, `{a1}`, `{b1}`… of the others, and `<br/>`
/// as a line break. Values are inserted as they are — a canvas shows text, never HTML.
pub fn fill_template(template: &str, items: &[[String; 4]]) -> String {
    let mut text = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find(['{', '<']) {
        text.push_str(&rest[..start]);
        rest = &rest[start..];
        if let Some(after) = ["<br/>", "<br />", "<br>"]
            .iter()
            .find_map(|tag| rest.strip_prefix(tag))
        {
            text.push('\n');
            rest = after;
            continue;
        }
        let placeholder = rest.find('}').and_then(|end| {
            let inner = &rest[1..end];
            let mut chars = inner.chars();
            let slot = "abcd".find(chars.next()?)?;
            let digits = chars.as_str();
            let index = if digits.is_empty() {
                0
            } else if digits.bytes().all(|b| b.is_ascii_digit()) {
                digits.parse::<usize>().ok()?
            } else {
                return None;
            };
            Some((end, slot, index))
        });
        match placeholder {
            Some((end, slot, index)) => {
                if let Some(item) = items.get(index) {
                    text.push_str(&item[slot]);
                }
                rest = &rest[end + 1..];
            }
            None => {
                let ch_len = rest.chars().next().map_or(1, char::len_utf8);
                text.push_str(&rest[..ch_len]);
                rest = &rest[ch_len..];
            }
        }
    }
    text.push_str(rest);
    text
}

#[cfg(test)]
mod tests {
    use super::fill_template;

    fn item(values: [&str; 4]) -> [String; 4] {
        values.map(str::to_string)
    }

    #[test]
    fn templates_are_filled_as_plain_text() {
        let at_t = item(["AT&T", "<b>x</b>", "1.4", ""]);
        assert_eq!(
            fill_template("{a}<br/>{b}: {c}", std::slice::from_ref(&at_t)),
            "AT&T\n<b>x</b>: 1.4"
        );
        assert_eq!(
            fill_template("{b}", std::slice::from_ref(&at_t)),
            "<b>x</b>"
        );
        assert_eq!(fill_template("{c}%", std::slice::from_ref(&at_t)), "1.4%");
        let second = item(["S2", "n2", "7", "50"]);
        assert_eq!(
            fill_template("{a0} {a1} {d1}% {c9}", &[at_t, second]),
            "AT&T S2 50% "
        );
        // Anything that is not a placeholder is kept, multi-byte text included.
        assert_eq!(fill_template("{x} {a {<i> 中文{", &[]), "{x} {a {<i> 中文{");
    }
}
