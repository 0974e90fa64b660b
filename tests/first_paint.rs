//! The static first screen in index.html (`bluebook::first_paint`): current with the UI text,
//! one per view and language, and the paths that pick it.

use bluebook::first_paint::{screen_html, static_block, view_of_path, with_block, VIEWS};
use bluebook::i18n::Lang;

#[test]
fn index_html_carries_the_current_first_screen() {
    let index = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html");
    let updated =
        with_block(&index, &static_block()).expect("index.html has the first-paint markers");
    assert!(
        updated == index,
        "index.html's first screen is out of date: run `cargo run --bin first_paint`"
    );
}

#[test]
fn every_view_has_a_heading_and_lede_in_both_languages() {
    let block = static_block();
    for lang in [Lang::Zh, Lang::En] {
        for view in VIEWS {
            let html = screen_html(Some(view), lang);
            assert!(
                html.contains(&format!("data-view=\"{view}\"")),
                "{view} {lang:?}: {html}"
            );
            assert!(
                html.contains("class=\"lede\"") || html.contains("class=\"tracing-intro\""),
                "{view}"
            );
            assert!(
                html.ends_with("</p>"),
                "the loading status comes last: {html}"
            );
            let section = html
                .split("<p class=\"loading\"")
                .next()
                .unwrap_or_default();
            assert!(
                block.contains(section),
                "{view} {lang:?} is in index.html's block"
            );
        }
    }
    // A record's own page has no first screen: only the status.
    assert!(!screen_html(None, Lang::En).contains("<section"));
}

#[test]
fn text_is_escaped_and_nothing_is_inline_code() {
    let block = static_block();
    // "the report's" is written as an entity, never as a quote that could end an attribute.
    assert!(block.contains("report&#39;s"));
    for forbidden in ["<script", "<style", " style=", " onclick=", "javascript:"] {
        assert!(!block.contains(forbidden), "{forbidden} in the block");
    }
}

#[test]
fn the_path_picks_the_view_as_theme_js_does() {
    assert_eq!(view_of_path("/"), Some("overview"));
    assert_eq!(view_of_path(""), Some("overview"));
    assert_eq!(view_of_path("/strategy"), Some("strategy"));
    assert_eq!(view_of_path("/cases/"), Some("cases"));
    assert_eq!(view_of_path("/cases/some-case"), None);
    assert_eq!(view_of_path("/operators/china-mobile"), None);
    assert_eq!(view_of_path("/nowhere"), None);
    let theme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/theme.js"))
        .expect("assets/theme.js");
    assert!(
        theme.contains("segments[1] || 'overview'"),
        "theme.js derives data-view from the path"
    );
}
