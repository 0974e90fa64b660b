//! Work that may wait until the reader has seen the update they asked for: whether an
//! element is on screen (an `IntersectionObserver`, which never forces a layout), running
//! work after the next paint, or once the main thread is idle (`requestIdleCallback` with a
//! deadline; a short timer where the browser has none).
//!
//! `ChartView` uses them so that a filter change repaints what the reader sees first: a
//! chart scrolled out of view takes its new option when the browser is idle, or as soon as
//! it scrolls into view, whichever comes first. The explorer draws the cards below its
//! first batch, and the panels below its results, after the frame that shows the results
//! ([`after_next_paint`], [`follow_after_paint`]).

use std::time::Duration;

use leptos::prelude::*;
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
pub fn after_next_paint(then: impl FnOnce() + 'static) {
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

/// Numbered turns of deferred work: starting a turn makes every earlier one stale, so work
/// that waited for a paint or an idle moment does not run after newer work superseded it.
#[derive(Clone, Copy)]
pub struct Turns(StoredValue<u64>);

impl Turns {
    pub fn new() -> Self {
        Self(StoredValue::new(0))
    }

    /// Starts a turn; the check says whether it is still the latest (`false` once the view
    /// that owns the turns is gone).
    pub fn start(&self) -> impl Fn() -> bool + 'static {
        let turns = self.0;
        let this = turns.try_update_value(|turn| {
            *turn += 1;
            *turn
        });
        move || this.is_some() && turns.try_get_value() == this
    }
}

impl Default for Turns {
    fn default() -> Self {
        Self::new()
    }
}

/// A copy of `source` that takes each new value in the task after the next paint: for what
/// sits below what the reader is waiting for (the explorer's chart panels under its
/// results), so that its work does not delay that frame. A newer value supersedes one still
/// waiting.
pub fn follow_after_paint<T>(source: Memo<T>) -> Signal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let copy = RwSignal::new(source.get_untracked());
    let turns = Turns::new();
    Effect::new(move |_| {
        let value = source.get();
        let latest = turns.start();
        after_next_paint(move || {
            if latest() && copy.try_with_untracked(|now| *now != value) == Some(true) {
                copy.try_set(value);
            }
        });
    });
    copy.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_turn_makes_the_older_ones_stale() {
        let turns = Turns::new();
        let first = turns.start();
        assert!(first());
        let second = turns.start();
        assert!(!first(), "superseded");
        assert!(second());
    }
}
