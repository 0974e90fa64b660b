//! Saves a URL or generated text as a file through a temporary `<a download>`.

use wasm_bindgen::JsCast;

/// Starts a download of `url` (a data: or blob: URL) as `file_name`.
pub fn save_url(url: &str, file_name: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(element) = document.create_element("a") else {
        return;
    };
    let Ok(anchor) = element.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return;
    };
    anchor.set_href(url);
    anchor.set_download(file_name);
    anchor.click();
}

/// Starts a download of `text` with the given MIME type.
pub fn save_text(text: &str, mime: &str, file_name: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    save_url(&url, file_name);
    let _ = web_sys::Url::revoke_object_url(&url);
}
