//! The static first screen in index.html (`bluebook::first_paint`): current with the UI text,
//! one per view and language, `/strategy`'s first chart current with `data/`, and the paths
//! that pick it.

mod common;

use bluebook::charts::strategy::tier_map;
use bluebook::domain::html::escape;
use bluebook::first_paint::{
    json_in_html, screen_html, static_block, view_of_path, with_block, FIRST_CHART_NAME, VIEWS,
};
use bluebook::i18n::{record_counts, Lang};

fn block() -> String {
    static_block(&common::real_dataset())
}

#[test]
fn index_html_carries_the_current_first_screen() {
    let index = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html");
    let updated = with_block(&index, &block()).expect("index.html has the first-paint markers");
    assert!(
        updated == index,
        "index.html's first screen is out of date: run `cargo run --bin first_paint`"
    );
}

#[test]
fn every_view_has_a_heading_and_lede_in_both_languages() {
    let block = block();
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
            // The heading and lede as the block has them (where /strategy's chart follows).
            let section = html
                .split("<p class=\"loading\"")
                .next()
                .unwrap_or_default()
                .trim_end_matches("</section>");
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
    let block = block();
    // "the report's" is written as an entity, never as a quote that could end an attribute.
    assert!(block.contains("report&#39;s"));
    // The one kind of <script> is a data block, which no browser runs (and no CSP governs).
    let scripts: Vec<&str> = block
        .match_indices("<script")
        .map(|(at, _)| &block[at..])
        .collect();
    assert_eq!(scripts.len(), 2, "one option per language");
    for script in scripts {
        assert!(script.starts_with("<script type=\"application/json\" id=\"first-chart-"));
    }
    for forbidden in ["<style", " style=", " onclick=", "javascript:"] {
        assert!(!block.contains(forbidden), "{forbidden} in the block");
    }
}

/// The option JSON of `/strategy`'s first screen, per language, as the block carries it.
fn first_chart_json(block: &str, lang: Lang) -> &str {
    let open = format!(
        "<script type=\"application/json\" id=\"first-chart-{FIRST_CHART_NAME}-{}\">",
        lang.html_lang()
    );
    let start = block.find(&open).expect("the first chart's option") + open.len();
    let end = block[start..].find("</script>").expect("closed") + start;
    &block[start..end]
}

#[test]
fn strategy_draws_the_apps_own_tier_map_before_the_app() {
    let data = common::real_dataset();
    let block = static_block(&data);
    for lang in [Lang::Zh, Lang::En] {
        let json = first_chart_json(&block, lang);
        // The same JSON the app's view sets, so the app adopts the drawn chart as it is.
        assert_eq!(json, json_in_html(&tier_map(&data, lang).option));
        let option: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
        assert_eq!(option, common::option_json(&tier_map(&data, lang)));
        // Every operator of the tier map is on it, by its name in this language.
        for operator in data.tiers.iter().flat_map(|tier| &tier.operators) {
            let name = data
                .operators
                .iter()
                .find(|op| op.id == *operator)
                .map(|op| op.name.get(lang).to_string())
                .expect("a known operator");
            assert!(
                json.contains(&json_in_html(&name)),
                "{name} on the {lang:?} map"
            );
        }
    }
    // Only /strategy's first screen has a chart, and its container is the one the loader marks.
    assert_eq!(block.matches("data-first-chart=").count(), 2);
    assert!(block.contains(&format!("data-first-chart=\"{FIRST_CHART_NAME}\"")));
}

#[test]
fn the_static_header_has_the_edition_and_counts_of_the_data() {
    let data = common::real_dataset();
    let block = static_block(&data);
    let edition = data.edition.as_ref().expect("data/ has an edition");
    for lang in [Lang::Zh, Lang::En] {
        // As the app's header shows them once the data is in: the same lines, nothing moves.
        assert!(block.contains(&format!(
            "<span class=\"edition\">{}</span>",
            escape(&edition.line(lang))
        )));
        for (key, count) in record_counts(&data) {
            assert!(
                block.contains(&format!(
                    "<li data-count=\"{key:?}\"><b>{count}</b> {}</li>",
                    escape(lang.t(key))
                )),
                "{key:?} in {lang:?}"
            );
        }
    }
}

#[test]
fn json_in_html_cannot_close_its_element() {
    let json = r#"{"name":"</script><!-- a & b >"}"#;
    let safe = json_in_html(json);
    assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'));
    let back: serde_json::Value = serde_json::from_str(&safe).expect("still JSON");
    assert_eq!(back["name"], "</script><!-- a & b >");
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
