//! When a chart off screen may wait: whether an element is on screen (an
//! `IntersectionObserver`, which never forces a layout) and running work once the main
//! thread is idle (`requestIdleCallback` with a deadline; a short timer where the browser
//! has none).
//!
//! `ChartView` uses both so that a filter change repaints what the reader sees first: a
//! chart scrolled out of view takes its new option when the browser is idle, or as soon as
//! it scrolls into view, whichever comes first.

use std::time::Duration;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The longest an off-screen chart waits for an idle moment before it is drawn anyway.
pub const IDLE_DEADLINE: Duration = Duration::from_millis(300);

#[wasm_bindgen]
extern "C" {
    type IntersectionObserver;

    #[wasm_bindgen(constructor, catch)]
    fn new(callback: &js_sys::Function) -> Result<IntersectionObserver, JsValue>;

    #[wasm_bindgen(method)]
    fn observe(this: &IntersectionObserver, target: &web_sys::Element);

    #[wasm_bindgen(method)]
    fn disconnect(this: &IntersectionObserver);

    type IntersectionEntry;

    #[wasm_bindgen(method, getter, js_name = isIntersecting)]
    fn is_intersecting(this: &IntersectionEntry) -> bool;

    #[wasm_bindgen(catch, js_name = requestIdleCallback)]
    fn request_idle_callback(
        callback: &js_sys::Function,
        options: &JsValue,
    ) -> Result<u32, JsValue>;
}

/// Reports whether an element is on screen, from the first report on, until dropped.
pub struct OnScreen {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl OnScreen {
    /// Calls `on_change(on_screen)` with the element's state now (soon after the call) and
    /// whenever it changes. `None` where the browser has no `IntersectionObserver`: then
    /// nothing is ever deferred.
    pub fn watch(
        element: &web_sys::Element,
        mut on_change: impl FnMut(bool) + 'static,
    ) -> Option<Self> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let last = entries.get(entries.length().saturating_sub(1));
            if last.is_object() {
                on_change(last.unchecked_into::<IntersectionEntry>().is_intersecting());
            }
        });
        let observer = IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(Self {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for OnScreen {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Runs `work` once the next frame has been painted and the main thread is idle, at the
/// latest [`IDLE_DEADLINE`] after that paint. Idle time before the paint belongs to the
/// frame the reader is waiting for (a filter's results): an ECharts update there would
/// delay it (issue #10).
pub fn when_idle(work: impl FnOnce() + 'static) {
    after_next_paint(move || request_idle(work));
}

/// Runs `then` in the first task after the next frame: a timer set from within the frame's
/// animation callbacks fires once the frame has been rendered.
fn after_next_paint(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let after_paint = Closure::once_into_js(then);
    let frame = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(after_paint.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

fn request_idle(work: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(work);
    let function: &js_sys::Function = callback.unchecked_ref();
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &options,
        &JsValue::from_str("timeout"),
        &JsValue::from(IDLE_DEADLINE.as_millis() as u32),
    );
    if request_idle_callback(function, &options).is_err() {
        // No requestIdleCallback (Safari): a short timer after the current task.
        let _ = web_sys::window().map(|window| {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(function, 50)
        });
    }
}
