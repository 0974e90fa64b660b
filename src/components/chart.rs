//! The one ECharts component. It initialises ECharts once on its own element through
//! charming's `WasmRenderer`, replaces the option (`setOption` with `notMerge`) when its
//! input changes, follows its container's size (`WasmRenderer::resize_chart`), disposes on
//! unmount, and offers a table view and a PNG download.

use std::sync::atomic::{AtomicUsize, Ordering};

use charming::renderer::wasm_renderer::ChartResize;
use charming::WasmRenderer;
use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::{use_element_size, UseElementSizeReturn};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::{ChartTable, ChartTarget, Figure};
use crate::context::use_lang;
use crate::i18n::Ui;

#[wasm_bindgen]
extern "C" {
    /// The instance charming's `WasmRenderer::render` returns, with the calls charming does
    /// not bind: `setOption` with `notMerge` (so series removed from a figure disappear),
    /// `dispose`, `getDataURL` and `on`.
    #[wasm_bindgen(extends = charming::renderer::wasm_renderer::Echarts)]
    type Echarts;

    #[wasm_bindgen(js_namespace = echarts, js_name = dispose)]
    fn echarts_dispose(instance: &Echarts);

    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option(this: &Echarts, option: &JsValue, options: &JsValue);

    #[wasm_bindgen(method, js_name = getDataURL)]
    fn get_data_url(this: &Echarts, options: &JsValue) -> String;

    #[wasm_bindgen(method)]
    fn on(this: &Echarts, event: &str, handler: &Closure<dyn FnMut(JsValue)>);
}

/// `{key: value, …}` as a JS object.
fn js_object(entries: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// Replaces the chart's option with the figure's option JSON (the same JSON native tests
/// read from `figure.chart.to_string()`).
fn apply(echarts: &Echarts, chart: &charming::Chart, element_id: &str) {
    match js_sys::JSON::parse(&chart.to_string()) {
        Ok(option) => {
            echarts.set_option(&option, &js_object(&[("notMerge", JsValue::TRUE)]));
        }
        Err(err) => leptos::logging::error!("chart {element_id}: bad option JSON: {err:?}"),
    }
}

static NEXT_CHART_ID: AtomicUsize = AtomicUsize::new(0);

fn js_index(object: &JsValue, key: &str) -> Option<usize> {
    js_sys::Reflect::get(object, &JsValue::from_str(key))
        .ok()
        .and_then(|value| value.as_f64())
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
    let show_table = RwSignal::new(false);

    let element_id = id.clone();
    Effect::new(move |_| {
        let chart = figure.with(|figure| figure.chart.clone());
        if container.get().is_none() {
            return; // not mounted yet; the effect runs again once it is
        }
        let existing = instance.with_value(|current| {
            if let Some(echarts) = current {
                apply(echarts, &chart, &element_id);
                true
            } else {
                false
            }
        });
        if existing {
            return;
        }
        let echarts: Echarts = match WasmRenderer::new_opt(None, None).render(&element_id, &chart) {
            Ok(echarts) => echarts.unchecked_into(),
            Err(err) => {
                leptos::logging::error!("chart {element_id}: {err}");
                return;
            }
        };
        if let Some(callback) = on_click {
            let handler = Closure::<dyn FnMut(JsValue)>::new(move |params: JsValue| {
                // By position, never by label: (series index, data index) → target.
                let (Some(series), Some(index)) = (
                    js_index(&params, "seriesIndex"),
                    js_index(&params, "dataIndex"),
                ) else {
                    return;
                };
                let edge = js_sys::Reflect::get(&params, &JsValue::from_str("dataType"))
                    .ok()
                    .and_then(|t| t.as_string())
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

    on_cleanup(move || {
        if let Some(echarts) = instance.try_update_value(Option::take).flatten() {
            echarts_dispose(&echarts);
        }
        click_handler.try_update_value(Option::take);
    });

    let file_name = format!("{name}.png");
    let download = move |_| {
        instance.with_value(|current| {
            let Some(echarts) = current else { return };
            let options = js_object(&[
                ("type", "png".into()),
                ("pixelRatio", 2.into()),
                ("backgroundColor", "#fff".into()),
            ]);
            let url = echarts.get_data_url(&options);
            crate::components::download::save_url(&url, &file_name);
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
                style:display=move || if show_table.get() { "none" } else { "block" }
            ></div>
            <Show when=move || show_table.get()>
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
