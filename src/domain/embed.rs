//! Portal embedding rules, pure: the deployer's allow-list (`embed.json`,
//! `{"parent_origins": [...]}`, the same file the `frame-ancestors` header is generated
//! from) and the decision whether a framed app may post its height to its parent.
//!
//! The browser side (the top-level `embed` module) reads the parent's origin and posts; all it
//! decides is decided here, so native tests cover it.

use serde::Deserialize;

use super::html::escape;

/// The allowed parent origins, each a bare origin such as `https://portal.example`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedConfig {
    pub parent_origins: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    parent_origins: Vec<String>,
}

/// Reads `embed.json`. A malformed file is an error that names what is wrong: the app then
/// allows no parent and says so in the console.
pub fn parse_config(body: &str) -> Result<EmbedConfig, String> {
    let raw: RawConfig = serde_json::from_str(body).map_err(|err| {
        format!("embed.json: {err} (expected {{\"parent_origins\": [\"https://…\"]}})")
    })?;
    for (index, origin) in raw.parent_origins.iter().enumerate() {
        if origin_of(origin).as_deref() != Some(origin.as_str()) {
            return Err(format!(
                "embed.json: parent_origins[{index}] {origin:?} is not a bare origin (scheme://host[:port], no path)"
            ));
        }
    }
    Ok(EmbedConfig {
        parent_origins: raw.parent_origins,
    })
}

/// The origin (`scheme://host[:port]`, lower case) of an http(s) URL, or `None`.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // No credentials, and a host.
    if authority.is_empty() || authority.contains('@') || authority.starts_with(':') {
        return None;
    }
    let authority = authority.to_ascii_lowercase();
    let default_port = if scheme == "https" { ":443" } else { ":80" };
    let authority = authority.strip_suffix(default_port).unwrap_or(&authority);
    Some(format!("{scheme}://{authority}"))
}

/// What the framed app does about its parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParentDecision {
    /// Post to exactly this origin.
    Post(String),
    /// The parent's origin is known and not allowed: post nothing, warn once naming it.
    NotAllowed(String),
    /// Neither `ancestorOrigins` nor the referrer names the parent: post nothing.
    Unknown,
}

/// The parent's origin from `location.ancestorOrigins[0]`, or else `document.referrer`,
/// checked against the allow-list. The app's own origin is always allowed (the Embed
/// dialog's live preview frames the app in itself).
pub fn decide_parent(
    config: &EmbedConfig,
    own_origin: &str,
    ancestor_origin: Option<&str>,
    referrer: Option<&str>,
) -> ParentDecision {
    let parent = ancestor_origin
        .filter(|origin| !origin.is_empty() && *origin != "null")
        .and_then(origin_of)
        .or_else(|| referrer.and_then(origin_of));
    match parent {
        None => ParentDecision::Unknown,
        Some(origin) if origin == own_origin || config.parent_origins.contains(&origin) => {
            ParentDecision::Post(origin)
        }
        Some(origin) => ParentDecision::NotAllowed(origin),
    }
}

/// The message the framed app posts: `{type: "bluebook:height", height, path}`.
pub const HEIGHT_MESSAGE: &str = "bluebook:height";

/// The URL a portal frames: this view's path and state, with `embed=1`, the chosen language
/// (`lang=en`, or none for zh) and theme. `query` is the view's raw query string; any
/// `embed`, `lang` or `theme` in it is replaced.
pub fn frame_url(origin: &str, path: &str, query: &str, english: bool, theme: &str) -> String {
    let kept = without_params(query, &["embed", "lang", "theme"]);
    let mut pairs: Vec<&str> = kept.split('&').filter(|pair| !pair.is_empty()).collect();
    pairs.push("embed=1");
    if english {
        pairs.push("lang=en");
    }
    let theme = format!("theme={theme}");
    pairs.push(&theme);
    format!("{origin}{path}?{}", pairs.join("&"))
}

/// A raw query string (without `?`) with the named parameters removed, order kept.
pub fn without_params(query: &str, names: &[&str]) -> String {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| {
            let name = pair.split('=').next().unwrap_or_default();
            !names.contains(&name)
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// A URL as it is shared or cited: without the page's presentation (`embed`, `theme`), so a
/// citation copied inside a portal frame points to the full dashboard.
pub fn shareable(url: &str) -> String {
    let (rest, hash) = match url.split_once('#') {
        Some((rest, hash)) => (rest, format!("#{hash}")),
        None => (url, String::new()),
    };
    let (base, query) = rest.split_once('?').unwrap_or((rest, ""));
    let kept = without_params(query, &["embed", "theme"]);
    if kept.is_empty() {
        format!("{base}{hash}")
    } else {
        format!("{base}?{kept}{hash}")
    }
}

/// The snippet a portal pastes: the marked iframe and the helper script. No inline style
/// or script, so it also works on portals with a strict Content-Security-Policy (the helper
/// sets the frame's width, border and height through the CSSOM).
pub fn snippet(frame_url: &str, title: &str, origin: &str) -> String {
    format!(
        "<iframe data-bluebook src=\"{}\" title=\"{}\" width=\"100%\" height=\"600\" loading=\"lazy\"></iframe>\n<script src=\"{}/embed.js\" defer></script>",
        escape(frame_url),
        escape(title),
        escape(origin)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(origins: &[&str]) -> EmbedConfig {
        EmbedConfig {
            parent_origins: origins.iter().map(|o| o.to_string()).collect(),
        }
    }

    #[test]
    fn origins_are_scheme_host_and_port_only() {
        assert_eq!(
            origin_of("https://Portal.example/a/b?c#d").as_deref(),
            Some("https://portal.example")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8123/host.html").as_deref(),
            Some("http://127.0.0.1:8123")
        );
        assert_eq!(
            origin_of("https://portal.example:443/").as_deref(),
            Some("https://portal.example")
        );
        assert_eq!(origin_of("javascript:alert(1)"), None);
        assert_eq!(origin_of("https://user@evil.example"), None);
        assert_eq!(origin_of(""), None);
    }

    #[test]
    fn a_config_lists_bare_origins_only() {
        assert_eq!(
            parse_config(r#"{"parent_origins": ["https://portal.example"]}"#),
            Ok(config(&["https://portal.example"]))
        );
        let path = parse_config(r#"{"parent_origins": ["https://portal.example/intranet"]}"#);
        assert!(path.is_err_and(|e| e.contains("parent_origins[0]") && e.contains("bare origin")));
        assert!(parse_config(r#"{"parent_origins": "*"}"#).is_err());
        assert!(parse_config("<!DOCTYPE html>").is_err_and(|e| e.starts_with("embed.json:")));
        assert!(parse_config(r#"{"parent_origin": []}"#).is_err());
    }

    #[test]
    fn only_a_listed_parent_or_the_app_itself_is_posted_to() {
        let allowed = config(&["https://portal.example"]);
        let own = "https://dash.example";
        assert_eq!(
            decide_parent(&allowed, own, Some("https://portal.example"), None),
            ParentDecision::Post("https://portal.example".into())
        );
        // The referrer stands in where ancestorOrigins is missing (Firefox).
        assert_eq!(
            decide_parent(&allowed, own, None, Some("https://portal.example/page?x=1")),
            ParentDecision::Post("https://portal.example".into())
        );
        assert_eq!(
            decide_parent(&allowed, own, Some("https://evil.example"), None),
            ParentDecision::NotAllowed("https://evil.example".into())
        );
        assert_eq!(
            decide_parent(&EmbedConfig::default(), own, Some(own), None),
            ParentDecision::Post(own.into())
        );
        assert_eq!(
            decide_parent(&allowed, own, None, Some("")),
            ParentDecision::Unknown
        );
    }

    #[test]
    fn named_params_come_off_and_the_rest_keep_their_order() {
        assert_eq!(
            without_params("?d=x&embed=1&lang=en&embedded=2", &["embed"]),
            "d=x&lang=en&embedded=2"
        );
    }

    #[test]
    fn a_shared_url_drops_embed_and_theme_only() {
        assert_eq!(
            shareable("https://d.example/cases/x?lang=en&embed=1&theme=dark#rec-1"),
            "https://d.example/cases/x?lang=en#rec-1"
        );
        assert_eq!(
            shareable("https://d.example/?embed=1"),
            "https://d.example/"
        );
        assert_eq!(
            shareable("https://d.example/cases?domain=a"),
            "https://d.example/cases?domain=a"
        );
    }

    #[test]
    fn the_snippet_frames_this_state_in_the_chosen_language_and_theme() {
        let url = frame_url(
            "https://dash.example",
            "/cases",
            "?d=network&lang=en&embed=1&theme=dark",
            false,
            "auto",
        );
        assert_eq!(
            url,
            "https://dash.example/cases?d=network&embed=1&theme=auto"
        );
        let url = frame_url("https://dash.example", "/", "", true, "dark");
        assert_eq!(url, "https://dash.example/?embed=1&lang=en&theme=dark");
        let code = snippet(
            "https://dash.example/cases?a=1&b=\"2\"",
            "Cases <all>",
            "https://dash.example",
        );
        assert_eq!(
            code,
            "<iframe data-bluebook src=\"https://dash.example/cases?a=1&amp;b=&quot;2&quot;\" title=\"Cases &lt;all&gt;\" width=\"100%\" height=\"600\" loading=\"lazy\"></iframe>\n<script src=\"https://dash.example/embed.js\" defer></script>"
        );
    }
}
