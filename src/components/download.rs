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

/// A PNG (data: URL) with `footer` drawn in a strip under it, wrapped to the image's width:
/// a downloaded chart carries its citation. `None` if the browser cannot draw it.
pub async fn png_with_footer(
    png: &str,
    footer: &str,
    background: &str,
    ink: &str,
) -> Option<String> {
    const FONT_PX: f64 = 20.0;
    const LINE_PX: f64 = 28.0;
    const MARGIN_PX: f64 = 16.0;
    let image = web_sys::HtmlImageElement::new().ok()?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(png);
    wasm_bindgen_futures::JsFuture::from(loaded).await.ok()?;
    let document = web_sys::window()?.document()?;
    let canvas: web_sys::HtmlCanvasElement =
        document.create_element("canvas").ok()?.dyn_into().ok()?;
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let width = f64::from(image.natural_width());
    let height = f64::from(image.natural_height());
    context.set_font(&format!("{FONT_PX}px system-ui, sans-serif"));
    // Greedy wrap by measured width, character by character (Chinese has no spaces).
    let mut lines = vec![String::new()];
    for c in footer.chars() {
        let line = lines.last_mut()?;
        line.push(c);
        let too_wide = context.measure_text(line).ok()?.width() > width - 2.0 * MARGIN_PX;
        if too_wide && line.chars().count() > 1 {
            line.pop();
            lines.push(c.to_string());
        }
    }
    let strip = LINE_PX * lines.len() as f64 + MARGIN_PX;
    canvas.set_width(image.natural_width());
    canvas.set_height((height + strip).ceil() as u32);
    context.set_fill_style_str(background);
    context.fill_rect(0.0, 0.0, width, height + strip);
    context
        .draw_image_with_html_image_element(&image, 0.0, 0.0)
        .ok()?;
    context.set_font(&format!("{FONT_PX}px system-ui, sans-serif"));
    context.set_fill_style_str(ink);
    for (index, line) in lines.iter().enumerate() {
        let baseline = height + LINE_PX * (index as f64 + 1.0);
        context.fill_text(line, MARGIN_PX, baseline).ok()?;
    }
    canvas.to_data_url_with_type("image/png").ok()
}
