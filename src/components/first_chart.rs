//! The chart index.html's first screen draws before the app (issue #10: first chart), handed
//! over to the app.
//!
//! `/strategy`'s first screen (`first_paint`) holds the tier map, drawn by
//! `assets/first-chart.js` as soon as ECharts has loaded. When the data is in, the app retires
//! the first screen: [`keep_drawn`] keeps that chart's element (its ECharts instance lives on),
//! and the `ChartView` of the same name [`adopt`]s it into its own container before its first
//! frame, so the reader never sees the chart go blank; the view then sets its own option.
//! A chart no view adopts (the data failed, say) is disposed soon after.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::set_timeout;
use wasm_bindgen::prelude::*;
use web_sys::Element;

thread_local! {
    static DRAWN: RefCell<Option<Element>> = const { RefCell::new(None) };
}

#[wasm_bindgen]
extern "C" {
    /// `echarts.dispose` takes the chart's element as well as its instance.
    #[wasm_bindgen(js_namespace = echarts, js_name = dispose)]
    fn dispose_chart_at(element: &Element);
}

/// Where ECharts notes, on a chart's element, which instance draws there.
const ECHARTS_INSTANCE_ATTRIBUTE: &str = "_echarts_instance_";

/// How long a kept chart waits for its view: the view adopts it in the same turn as the
/// first screen goes, so this only matters when no view does.
const UNADOPTED_FOR: Duration = Duration::from_secs(5);

/// Keeps the chart `first_paint` drew (if it drew one) before the first screen is removed.
pub fn keep_drawn(first_paint: &Element) {
    let Ok(Some(drawn)) = first_paint.query_selector("[data-first-chart-drawn]") else {
        return;
    };
    DRAWN.with_borrow_mut(|kept| *kept = Some(drawn));
    set_timeout(
        || {
            if let Some(unadopted) = DRAWN.with_borrow_mut(Option::take) {
                dispose_chart_at(&unadopted);
            }
        },
        UNADOPTED_FOR,
    );
}

/// The kept chart drawn for the `ChartView` named `name`, moved into that view's `container`
/// (which then holds its ECharts instance), if there is one.
pub fn adopt(name: &str, container: &Element) -> Option<Element> {
    let drawn = DRAWN.with_borrow_mut(|kept| {
        kept.take_if(|drawn| drawn.get_attribute("data-first-chart").as_deref() == Some(name))
    })?;
    // The container is the view's `.chart-canvas`, with its own role and name.
    drawn.set_class_name("");
    let _ = drawn.remove_attribute("role");
    let _ = drawn.remove_attribute("aria-label");
    container.append_child(&drawn).ok()?;
    // `echarts.getInstanceByDom` reads this attribute: the view's container answers for the
    // instance inside it, as it does for a chart the view starts itself (tests and tools ask
    // the container).
    if let Some(instance_id) = drawn.get_attribute(ECHARTS_INSTANCE_ATTRIBUTE) {
        let _ = container.set_attribute(ECHARTS_INSTANCE_ATTRIBUTE, &instance_id);
    }
    Some(drawn)
}
