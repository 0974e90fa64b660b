//! Browser entry point: mounts the app.

use bluebook::first_paint::{APP_ID, FIRST_PAINT_HEADER_ID};
use leptos::prelude::document;
use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    // index.html's static first screen (`first_paint`): the app's header takes the place of
    // its header now; its view stays until the data is in (`app::Shell`).
    let document = document();
    if let Some(header) = document.get_element_by_id(FIRST_PAINT_HEADER_ID) {
        header.remove();
    }
    match document
        .get_element_by_id(APP_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(app) => leptos::mount::mount_to(app, bluebook::app::App).forget(),
        None => leptos::mount::mount_to_body(bluebook::app::App),
    }
}
