//! Auto-height for portal frames: with `embed=1`, the app posts
//! `{type: "bluebook:height", height, path}` to its parent whenever the document's height
//! (or its path) changes — a `ResizeObserver` on `<body>`, never a timer — and only to an
//! origin the deployer listed in `embed.json`, never to `*`. Which origin, if any, is
//! decided by [`crate::domain::embed::decide_parent`].

use std::cell::RefCell;
use std::rc::Rc;

use gloo_net::http::Request;
use leptos::logging::warn;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::domain::embed::{
    decide_parent, parse_config, EmbedConfig, ParentDecision, HEIGHT_MESSAGE,
};

/// Posts to one parent window at one origin; skips a message equal to the last one.
struct HeightReporter {
    parent: web_sys::Window,
    origin: String,
    last: RefCell<Option<(i32, String)>>,
}

impl HeightReporter {
    fn post(&self) {
        let Some(body) = document().body() else {
            return;
        };
        let height = body.get_bounding_client_rect().height().ceil() as i32;
        let location = window().location();
        let path = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        let current = Some((height, path.clone()));
        if *self.last.borrow() == current {
            return;
        }
        let message = js_sys::Object::new();
        for (key, value) in [
            ("type", JsValue::from_str(HEIGHT_MESSAGE)),
            ("height", JsValue::from(height)),
            ("path", JsValue::from_str(&path)),
        ] {
            let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), &value);
        }
        if self.parent.post_message(&message, &self.origin).is_ok() {
            *self.last.borrow_mut() = current;
        }
    }
}

/// `embed.json` beside the app; a missing or malformed file allows no parent, and says so.
async fn load_config() -> EmbedConfig {
    let body = match Request::get("embed.json").send().await {
        Ok(response) if response.ok() => response.text().await.map_err(|err| err.to_string()),
        Ok(response) => Err(format!("embed.json: HTTP {}", response.status())),
        Err(err) => Err(format!("embed.json: {err}")),
    };
    match body.and_then(|body| parse_config(&body)) {
        Ok(config) => config,
        Err(problem) => {
            warn!("{problem}; no parent origin is allowed, so the frame's height is not posted");
            EmbedConfig::default()
        }
    }
}

/// The immediate parent's origin as the browser states it (`location.ancestorOrigins[0]`,
/// Chromium and Safari).
fn ancestor_origin() -> Option<String> {
    let origins =
        js_sys::Reflect::get(&window().location(), &JsValue::from_str("ancestorOrigins")).ok()?;
    let first = js_sys::Reflect::get(&origins, &JsValue::from(0)).ok()?;
    first.as_string()
}

/// Starts the reports, if this page is framed. Call once, from the shell, in embed mode.
pub fn report_height_to_parent() {
    let window = window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return; // not in a frame: nobody to tell
    }
    let reporter = StoredValue::new_local(None::<Rc<HeightReporter>>);
    // A navigation that keeps the height still changes the path the parent is told.
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        let _ = (location.pathname.get(), location.search.get());
        if let Some(reporter) = reporter.get_value() {
            reporter.post();
        }
    });
    leptos::task::spawn_local(async move {
        let config = load_config().await;
        let own_origin = window.location().origin().unwrap_or_default();
        let referrer = document().referrer();
        match decide_parent(&config, &own_origin, ancestor_origin().as_deref(), Some(&referrer)) {
            ParentDecision::Post(origin) => {
                let posting = Rc::new(HeightReporter {
                    parent,
                    origin,
                    last: RefCell::new(None),
                });
                observe_body(posting.clone());
                posting.post();
                reporter.set_value(Some(posting));
            }
            ParentDecision::NotAllowed(origin) => warn!(
                "embed: the parent origin {origin} is not in embed.json's parent_origins; the frame's height is not posted"
            ),
            ParentDecision::Unknown => {
                warn!("embed: the parent's origin is unknown; the frame's height is not posted")
            }
        }
    });
}

/// Posts on every size change of `<body>`, for the life of the page.
fn observe_body(reporter: Rc<HeightReporter>) {
    let Some(body) = document().body() else {
        return;
    };
    let callback = Closure::<dyn FnMut(JsValue)>::new(move |_entries: JsValue| reporter.post());
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    callback.forget(); // the observer lives as long as the page
}
