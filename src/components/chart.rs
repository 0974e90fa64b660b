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

use crate::charts::{ChartTable, ChartTarget, Figure};
use crate::components::chart_tooltip::{canvas_tooltips, get, set, Formatters};
use crate::components::citing::{use_citing, view_permalink};
use crate::components::defer::{when_idle, OnScreen, Turns};
use crate::components::download::{png_with_footer, save_url};
use crate::components::first_chart;
use crate::components::theme::{card_colour, echarts_theme, reduced_motion, theme_colour};
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

    /// The instance drawn on `element`, if any (the first screen's chart, `first_chart`).
    #[wasm_bindgen(js_namespace = echarts, js_name = getInstanceByDom)]
    fn echarts_instance_at(element: &web_sys::Element) -> Option<Echarts>;

    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option(this: &Echarts, option: &JsValue, options: &JsValue);

    #[wasm_bindgen(method, js_name = getDataURL)]
    fn get_data_url(this: &Echarts, options: &JsValue) -> String;

    #[wasm_bindgen(method, js_name = setTheme)]
    fn set_theme(this: &Echarts, theme: &JsValue);

    #[wasm_bindgen(method)]
    fn on(this: &Echarts, event: &str, handler: &Closure<dyn FnMut(JsValue)>);

    #[wasm_bindgen(method, js_name = getWidth)]
    fn get_width(this: &Echarts) -> f64;

    #[wasm_bindgen(method, js_name = getHeight)]
    fn get_height(this: &Echarts) -> f64;

    /// ECharts' zrender instance: its `resize` sizes the canvas without drawing.
    type Zrender;

    #[wasm_bindgen(method, js_name = getZr)]
    fn get_zr(this: &Echarts) -> Zrender;

    #[wasm_bindgen(method, js_name = resize)]
    fn resize_zr(this: &Zrender, size: &JsValue);
}

/// Whether ECharts' size differs from `(width, height)` in CSS pixels (0 × 0 is hidden).
fn resized(echarts: &Echarts, (width, height): (f64, f64)) -> Option<(u32, u32)> {
    let (w, h) = (width.round(), height.round());
    let differs = w >= 1.0 && h >= 1.0 && (echarts.get_width() != w || echarts.get_height() != h);
    differs.then_some((w as u32, h as u32))
}

/// Resizes and redraws the chart if its container's size changed.
fn fit_chart(echarts: &Echarts, size: (f64, f64)) {
    if let Some((w, h)) = resized(echarts, size) {
        WasmRenderer::resize_chart(echarts, ChartResize::new(w, h, true, None));
    }
}

/// Sizes the canvas without drawing, before a new option is set.
fn resize_canvas(echarts: &Echarts, size: (f64, f64)) {
    if let Some((w, h)) = resized(echarts, size) {
        let size = js_object(&[("width", w.into()), ("height", h.into())]);
        echarts.get_zr().resize_zr(&size);
    }
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

/// Replaces the chart's option with the figure's option JSON (the same JSON native tests
/// read from `figure.option`), its tooltips drawn on the canvas. Returns the
/// formatters the new option uses; the caller keeps them until the next option replaces it.
/// `animate: false` draws the final state at once (for a chart off screen, where an
/// animation would only cost frames nobody sees); so does every chart for a reader who asked
/// for less motion.
fn apply(echarts: &Echarts, json: &str, element_id: &str, animate: bool) -> Formatters {
    match js_sys::JSON::parse(json) {
        Ok(option) => {
            let formatters = canvas_tooltips(&option);
            // The card behind the chart shows through, in either theme.
            let _ = js_sys::Reflect::set(
                &option,
                &JsValue::from_str("backgroundColor"),
                &JsValue::from_str("transparent"),
            );
            if !animate || reduced_motion() {
                set(&option, "animation", &JsValue::FALSE);
            }
            echarts.set_option(&option, &js_object(&[("notMerge", JsValue::TRUE)]));
            formatters
        }
        Err(err) => {
            leptos::logging::error!("chart {element_id}: bad option JSON: {err:?}");
            Vec::new()
        }
    }
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
    /// Height in pixels (a number, or a signal when it follows the figure: the chart then
    /// resizes in place instead of being built again).
    #[prop(into, default = Signal::stored(380))]
    height: Signal<u32>,
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
    // The first screen's chart of the same name, drawn before the app: the first draw takes
    // it over instead of starting ECharts afresh (`first_chart`).
    let adopted = StoredValue::new_local(None::<Echarts>);
    let click_handler = StoredValue::new_local(None::<Closure<dyn FnMut(JsValue)>>);
    let finished_handler = StoredValue::new_local(None::<Closure<dyn FnMut(JsValue)>>);
    let formatters = StoredValue::new_local(Formatters::new());
    // The option JSON on screen: a figure rebuilt equal to it is not set again (a facet
    // click that leaves a chart as it was costs no ECharts update).
    let applied_json = StoredValue::new_local(String::new());
    let show_table = RwSignal::new(false);

    let element_id = StoredValue::new_local(id.clone());
    let UseElementSizeReturn {
        width,
        height: measured,
    } = use_element_size(container);
    // Whether the chart is on screen (`None` until first reported), and the option waiting
    // for it while it is not: see `components::defer`.
    let on_screen = StoredValue::new_local(None::<bool>);
    let pending = StoredValue::new_local(None::<String>);
    let watcher = StoredValue::new_local(None::<OnScreen>);

    // Sets `json` as the option, initialising ECharts on the first call.
    let draw = move |json: String, animate: bool| {
        let Some(element) = container.get_untracked() else {
            return;
        };
        let element_id = element_id.get_value();
        // `data-finished` is "true" once ECharts has drawn this option, animations included
        // (its `finished` event): tests and screenshots wait on it instead of sleeping.
        let _ = element.set_attribute("data-finished", "false");
        let applied = instance.with_value(|current| {
            current.as_ref().map(|echarts| {
                // A new height (the outcomes chart follows its bars) is taken before the
                // option, so the chart is laid out once, at its new size.
                let size = (width.get_untracked(), f64::from(height.get_untracked()));
                resize_canvas(echarts, size);
                apply(echarts, &json, &element_id, animate)
            })
        });
        if let Some(applied) = applied {
            // The old formatters are dropped only now that the new option replaced them.
            formatters.set_value(applied);
            applied_json.set_value(json);
            return;
        }
        let taken_over = adopted.try_update_value(Option::take).flatten();
        // A chart taken over is on screen already: its new option replaces it at once.
        let animate = animate && taken_over.is_none();
        let echarts = match taken_over
            .map(Ok)
            .unwrap_or_else(|| echarts_init(&element, &echarts_theme()))
        {
            Ok(echarts) => echarts,
            Err(err) => {
                leptos::logging::error!("chart {element_id}: {err:?}");
                return;
            }
        };
        resize_canvas(
            &echarts,
            (width.get_untracked(), f64::from(height.get_untracked())),
        );
        let drawn = element.clone();
        let finished = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            let _ = drawn.set_attribute("data-finished", "true");
        });
        echarts.on("finished", &finished);
        finished_handler.set_value(Some(finished));
        formatters.set_value(apply(&echarts, &json, &element_id, animate));
        applied_json.set_value(json);
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
    };
    // Draws the option that waited, if any (the chart may be gone by then).
    let flush = move || {
        if let Some(json) = pending.try_update_value(Option::take).flatten() {
            let seen = on_screen.try_get_value().flatten() != Some(false);
            draw(json, seen);
        }
    };
    // Draws what waits once the browser is idle after the next frame. Each call supersedes the
    // one before: a newer update's wait starts after its own frame, so an older idle call never
    // runs ahead of the frame a new filter is waiting for (issue #10).
    let idle_turns = Turns::new();
    let flush_when_idle = move || {
        let latest = idle_turns.start();
        when_idle(move || {
            if latest() {
                flush();
            }
        });
    };
    // Follows the container's size; not while off screen (it is fitted when it is drawn).
    let fit = move || {
        let size = (width.get_untracked(), measured.get_untracked());
        if on_screen.try_get_value().flatten() == Some(false) {
            return;
        }
        instance.try_with_value(|current| {
            if let Some(echarts) = current {
                fit_chart(echarts, size);
            }
        });
    };

    let chart_name = name.clone();
    Effect::new(move |_| {
        let json = figure.with(|figure| figure.option.clone());
        let Some(element) = container.get() else {
            return; // not mounted yet; the effect runs again once it is
        };
        if watcher.with_value(Option::is_none) {
            // Before this frame is painted, so the drawn chart never leaves the screen.
            if let Some(drawn) = first_chart::adopt(&chart_name, &element) {
                adopted.set_value(echarts_instance_at(&drawn));
            }
            let watch = OnScreen::watch(&element, move |seen| {
                on_screen.try_set_value(Some(seen));
                if seen {
                    flush();
                    fit();
                } else if pending.try_with_value(Option::is_some) == Some(true) {
                    flush_when_idle();
                }
            });
            watcher.set_value(watch);
        }
        let drawn = instance.with_value(Option::is_some);
        if !drawn && watcher.with_value(Option::is_some) && on_screen.get_value().is_none() {
            // The first draw waits for the observer's first report, which comes after the
            // first paint: the view's text is painted before ECharts starts (a shorter task
            // and an earlier Largest Contentful Paint), and a chart off screen is drawn when
            // the browser is idle.
            let _ = element.set_attribute("data-finished", "false");
            pending.set_value(Some(json));
            return;
        }
        if drawn && applied_json.with_value(|last| *last == json) {
            pending.set_value(None);
            return; // already drawn (and `data-finished` already says so)
        }
        if drawn && on_screen.get_value() == Some(false) {
            // Off screen: the reader sees the rest of the update first.
            let _ = element.set_attribute("data-finished", "false");
            pending.set_value(Some(json));
            flush_when_idle();
            return;
        }
        pending.set_value(None);
        draw(json, true);
    });

    Effect::new(move |_| {
        let (w, h) = (width.get(), measured.get());
        if w < 1.0 || h < 1.0 {
            return; // hidden behind the table view
        }
        fit();
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
            let size = ChartResize::new(width, height.get_untracked(), false, None);
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
        watcher.try_update_value(Option::take);
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
                style:height=move || format!("{}px", height.get())
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
