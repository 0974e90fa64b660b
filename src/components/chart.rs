//! The one ECharts component. It initialises ECharts once on its own element, replaces the
//! option (`setOption` with `notMerge`) when its input changes, follows its container's size
//! (`WasmRenderer::resize_chart`), disposes on unmount, and offers a table view and a PNG
//! download.
//!
//! Tooltips are drawn on the canvas (`renderMode: 'richText'`): ECharts' HTML tooltips write
//! `style="…"` attributes, which the app's Content-Security-Policy (`style-src 'self'`)
//! forbids, and they would parse text as HTML. See [`canvas_tooltips`].

use std::sync::atomic::{AtomicUsize, Ordering};

use charming::renderer::wasm_renderer::ChartResize;
use charming::WasmRenderer;
use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::{use_element_size, UseElementSizeReturn};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::{ChartTable, ChartTarget, Figure};
use crate::components::citing::{use_citing, view_permalink};
use crate::components::download::{png_with_footer, save_url};
use crate::components::theme::{card_colour, echarts_theme, theme_colour};
use crate::context::use_lang;
use crate::domain::citation::Pinpoint;
use crate::i18n::Ui;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance (charming's type, so `WasmRenderer::resize_chart` takes it), with
    /// the calls charming does not bind: `init` without an option, `setOption` with
    /// `notMerge` (so series removed from a figure disappear), `dispose`, `getDataURL` and `on`.
    #[wasm_bindgen(extends = charming::renderer::wasm_renderer::Echarts)]
    type Echarts;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn echarts_init(element: &web_sys::HtmlElement, theme: &JsValue) -> Result<Echarts, JsValue>;

    #[wasm_bindgen(js_namespace = echarts, js_name = dispose)]
    fn echarts_dispose(instance: &Echarts);

    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option(this: &Echarts, option: &JsValue, options: &JsValue);

    #[wasm_bindgen(method, js_name = getDataURL)]
    fn get_data_url(this: &Echarts, options: &JsValue) -> String;

    #[wasm_bindgen(method, js_name = setTheme)]
    fn set_theme(this: &Echarts, theme: &JsValue);

    #[wasm_bindgen(method)]
    fn on(this: &Echarts, event: &str, handler: &Closure<dyn FnMut(JsValue)>);
}

/// The width charts are drawn at in print: the text width of an A4 page (182 mm) at 96 dpi,
/// which a Letter page (190 mm) holds too.
const PRINT_WIDTH_PX: u32 = 680;

/// `{key: value, …}` as a JS object.
fn js_object(entries: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// The tooltip formatters of the chart on screen; each lives as long as the option using it.
type Formatters = Vec<Closure<dyn Fn(JsValue) -> JsValue>>;

/// Replaces the chart's option with the figure's option JSON (the same JSON native tests
/// read from `figure.chart.to_string()`), its tooltips drawn on the canvas. Returns the
/// formatters the new option uses; the caller keeps them until the next option replaces it.
fn apply(echarts: &Echarts, chart: &charming::Chart, element_id: &str) -> Formatters {
    match js_sys::JSON::parse(&chart.to_string()) {
        Ok(option) => {
            let formatters = canvas_tooltips(&option);
            // The card behind the chart shows through, in either theme.
            let _ = js_sys::Reflect::set(
                &option,
                &JsValue::from_str("backgroundColor"),
                &JsValue::from_str("transparent"),
            );
            echarts.set_option(&option, &js_object(&[("notMerge", JsValue::TRUE)]));
            formatters
        }
        Err(err) => {
            leptos::logging::error!("chart {element_id}: bad option JSON: {err:?}");
            Vec::new()
        }
    }
}

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn set(object: &JsValue, key: &str, value: &JsValue) {
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
fn canvas_tooltips(option: &JsValue) -> Formatters {
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

static NEXT_CHART_ID: AtomicUsize = AtomicUsize::new(0);

fn js_index(object: &JsValue, key: &str) -> Option<usize> {
    get(object, key)
        .as_f64()
        .filter(|n| *n >= 0.0)
        .map(|n| n as usize)
}

/// Renders a [`Figure`] as an ECharts canvas with a table toggle and PNG download.
#[component]
pub fn ChartView(
    /// The figure, rebuilt by a pure builder whenever its inputs change.
    #[prop(into)]
    figure: Signal<Figure>,
    /// An accessible name for the chart.
    #[prop(into)]
    label: Signal<String>,
    /// Called with what a clicked item stands for (see `Figure::targets`).
    #[prop(optional)]
    on_click: Option<Callback<ChartTarget>>,
    /// Height in pixels.
    #[prop(default = 380)]
    height: u32,
    /// Identifies the chart in tests and in the PNG file name.
    #[prop(into)]
    name: String,
) -> impl IntoView {
    let lang = use_lang();
    // Unique even when the same chart appears twice on a page.
    let id = format!(
        "chart-{}-{}",
        name,
        NEXT_CHART_ID.fetch_add(1, Ordering::Relaxed)
    );
    let container = NodeRef::<Div>::new();
    let instance = StoredValue::new_local(None::<Echarts>);
    let click_handler = StoredValue::new_local(None::<Closure<dyn FnMut(JsValue)>>);
    let finished_handler = StoredValue::new_local(None::<Closure<dyn FnMut(JsValue)>>);
    let formatters = StoredValue::new_local(Formatters::new());
    let show_table = RwSignal::new(false);

    let element_id = id.clone();
    Effect::new(move |_| {
        let chart = figure.with(|figure| figure.chart.clone());
        let Some(element) = container.get() else {
            return; // not mounted yet; the effect runs again once it is
        };
        // `data-finished` is "true" once ECharts has drawn this option, animations included
        // (its `finished` event): tests and screenshots wait on it instead of sleeping.
        let _ = element.set_attribute("data-finished", "false");
        let applied = instance.with_value(|current| {
            current
                .as_ref()
                .map(|echarts| apply(echarts, &chart, &element_id))
        });
        if let Some(applied) = applied {
            // The old formatters are dropped only now that the new option replaced them.
            formatters.set_value(applied);
            return;
        }
        let echarts = match echarts_init(&element, &echarts_theme()) {
            Ok(echarts) => echarts,
            Err(err) => {
                leptos::logging::error!("chart {element_id}: {err:?}");
                return;
            }
        };
        let drawn = element.clone();
        let finished = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            let _ = drawn.set_attribute("data-finished", "true");
        });
        echarts.on("finished", &finished);
        finished_handler.set_value(Some(finished));
        formatters.set_value(apply(&echarts, &chart, &element_id));
        if let Some(callback) = on_click {
            let handler = Closure::<dyn FnMut(JsValue)>::new(move |params: JsValue| {
                // By position, never by label: (series index, data index) → target.
                let (Some(series), Some(index)) = (
                    js_index(&params, "seriesIndex"),
                    js_index(&params, "dataIndex"),
                ) else {
                    return;
                };
                let edge = get(&params, "dataType")
                    .as_string()
                    .is_some_and(|t| t == "edge");
                let target = figure.with_untracked(|f| f.target(series, index).cloned());
                if let (false, Some(target)) = (edge, target) {
                    callback.run(target);
                }
            });
            echarts.on("click", &handler);
            click_handler.set_value(Some(handler));
        }
        instance.set_value(Some(echarts));
    });

    let UseElementSizeReturn {
        width,
        height: measured,
    } = use_element_size(container);
    Effect::new(move |_| {
        let (w, h) = (width.get(), measured.get());
        if w < 1.0 || h < 1.0 {
            return; // hidden behind the table view
        }
        instance.with_value(|current| {
            if let Some(echarts) = current {
                let size = ChartResize::new(w.round() as u32, h.round() as u32, true, None);
                WasmRenderer::resize_chart(echarts, size);
            }
        });
    });

    // Printing: drawn at the printed width, in the light theme (print is always light), with
    // the table twin shown too; back as it was afterwards.
    let printing = RwSignal::new(false);
    let print_layout = move |print: bool| {
        printing.set(print);
        instance.with_value(|current| {
            let Some(echarts) = current else { return };
            if echarts_theme().is_string() {
                echarts.set_theme(&JsValue::from_str(if print { "light" } else { "dark" }));
            }
            let width = if print {
                PRINT_WIDTH_PX
            } else {
                width.get_untracked().round() as u32
            };
            let size = ChartResize::new(width, height, false, None);
            WasmRenderer::resize_chart(echarts, size);
        });
    };
    let before_print = window_event_listener(leptos::ev::beforeprint, move |_| print_layout(true));
    let after_print = window_event_listener(leptos::ev::afterprint, move |_| print_layout(false));

    on_cleanup(move || {
        before_print.remove();
        after_print.remove();
        if let Some(echarts) = instance.try_update_value(Option::take).flatten() {
            echarts_dispose(&echarts);
        }
        click_handler.try_update_value(Option::take);
        finished_handler.try_update_value(Option::take);
        formatters.try_update_value(std::mem::take);
    });

    let file_name = format!("{name}.png");
    let citing = use_citing();
    let download = move |_| {
        instance.with_value(|current| {
            let Some(echarts) = current else { return };
            let options = js_object(&[
                ("type", "png".into()),
                ("pixelRatio", 2.into()),
                ("backgroundColor", card_colour().into()),
            ]);
            let png = echarts.get_data_url(&options);
            // The image carries its citation: the report, with this view's permalink.
            let footer =
                citing.citation(&Pinpoint::whole(), &view_permalink(), lang.get_untracked());
            let file_name = file_name.clone();
            leptos::task::spawn_local(async move {
                let (background, ink) = (card_colour(), theme_colour("--ink", "#1b2430"));
                let url = png_with_footer(&png, &footer, &background, &ink)
                    .await
                    .unwrap_or(png);
                save_url(&url, &file_name);
            });
        });
    };

    view! {
        <figure class="chart" data-chart=name.clone()>
            <figcaption class="chart-toolbar">
                <span class="chart-label">{move || label.get()}</span>
                <button
                    type="button"
                    class="secondary"
                    data-testid="table-toggle"
                    aria-pressed=move || show_table.get().to_string()
                    on:click=move |_| show_table.update(|shown| *shown = !*shown)
                >
                    {move || lang.get().t(if show_table.get() { Ui::ShowChart } else { Ui::ShowTable })}
                </button>
                <button type="button" class="secondary" data-testid="png-download" on:click=download>
                    {move || lang.get().t(Ui::DownloadPng)}
                </button>
            </figcaption>
            <div
                id=id
                class="chart-canvas"
                node_ref=container
                role="img"
                aria-label=move || label.get()
                style:height=format!("{height}px")
                style:display=move || if show_table.get() && !printing.get() { "none" } else { "block" }
            ></div>
            <Show when=move || show_table.get() || printing.get()>
                <FigureTable table=Signal::derive(move || figure.with(|f| f.table.clone()))/>
            </Show>
        </figure>
    }
}

/// The accessible table twin of a chart.
#[component]
pub fn FigureTable(#[prop(into)] table: Signal<ChartTable>) -> impl IntoView {
    move || {
        let ChartTable { columns, rows } = table.get();
        view! {
            <table class="data chart-table" data-testid="chart-table">
                <thead>
                    <tr>{columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| view! { <tr>{row.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}</tr> })
                        .collect_view()}
                </tbody>
            </table>
        }
    }
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
