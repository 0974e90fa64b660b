//! Browser entry point: mounts the app.

use bluebook::first_paint::APP_ID;
use leptos::prelude::document;
use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    // index.html's static first screen (`first_paint`) stays until the data is in: the app
    // mounts just before it and retires it then (`app::Shell`).
    match document()
        .get_element_by_id(APP_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(app) => leptos::mount::mount_to(app, bluebook::app::App).forget(),
        None => leptos::mount::mount_to_body(bluebook::app::App),
    }
}
