//! How a page load is shown, besides its language: inside a portal frame (`embed=1`) and in
//! which colour theme (`theme=light|dark|auto`). A portal sets both once, in the iframe's
//! URL, and every link inside the app keeps them, so they are read once at start-up
//! ([`set_presentation`]) and appended by `Route::href` — not threaded
//! through the forty views that print links. Plain Rust, tested natively.

use std::cell::RefCell;

use crate::domain::query::parse_query_string;

pub use crate::domain::embed::without_params;

/// The `theme` URL parameter. `Auto` follows the system's colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeSetting {
    Light,
    Dark,
    Auto,
}

impl ThemeSetting {
    pub const ALL: [ThemeSetting; 3] =
        [ThemeSetting::Light, ThemeSetting::Dark, ThemeSetting::Auto];

    pub fn key(self) -> &'static str {
        match self {
            ThemeSetting::Light => "light",
            ThemeSetting::Dark => "dark",
            ThemeSetting::Auto => "auto",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|theme| theme.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Presentation {
    pub embed: bool,
    /// As the URL gave it; `None` shows as `Auto` and is not written into links.
    pub theme: Option<ThemeSetting>,
}

impl Presentation {
    /// Reads `embed` and `theme` from a raw query string (with or without `?`). Anything
    /// but `embed=1` is not embedded; an unknown theme is ignored.
    pub fn from_query(query: &str) -> Self {
        let pairs = parse_query_string(query.trim_start_matches('?'));
        let param = |name: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, v)| v.as_str())
        };
        Presentation {
            embed: param("embed") == Some("1"),
            theme: param("theme").and_then(ThemeSetting::from_key),
        }
    }

    /// The parameters links carry: `embed=1&theme=dark`, or empty.
    pub fn query_pairs(self) -> String {
        let mut pairs = Vec::new();
        if self.embed {
            pairs.push("embed=1".to_string());
        }
        if let Some(theme) = self.theme {
            pairs.push(format!("theme={}", theme.key()));
        }
        pairs.join("&")
    }
}

thread_local! {
    static CURRENT: RefCell<Presentation> = RefCell::new(Presentation::default());
}

/// Called once by the shell with the page's query string.
pub fn set_presentation(presentation: Presentation) {
    CURRENT.with(|current| *current.borrow_mut() = presentation);
}

/// This page load's presentation (the default until the shell has set it).
pub fn presentation() -> Presentation {
    CURRENT.with(|current| *current.borrow())
}

/// `url` with `params` (`a=1&b=2`, may be empty) appended to its query, before any `#`.
pub fn with_params(url: &str, params: &str) -> String {
    if params.is_empty() {
        return url.to_string();
    }
    let (base, hash) = match url.split_once('#') {
        Some((base, hash)) => (base, format!("#{hash}")),
        None => (url, String::new()),
    };
    let separator = if base.contains('?') { '&' } else { '?' };
    format!("{base}{separator}{params}{hash}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_embed_and_theme_and_ignores_the_rest() {
        let p = Presentation::from_query("?q=5G&embed=1&theme=dark&lang=en");
        assert_eq!(
            p,
            Presentation {
                embed: true,
                theme: Some(ThemeSetting::Dark)
            }
        );
        assert_eq!(p.query_pairs(), "embed=1&theme=dark");
        assert_eq!(
            Presentation::from_query("embed=true&theme=neon"),
            Presentation::default()
        );
        assert_eq!(Presentation::default().query_pairs(), "");
    }

    #[test]
    fn params_go_before_the_hash_and_come_off_by_name() {
        assert_eq!(
            with_params("/cases?d=x#top", "embed=1"),
            "/cases?d=x&embed=1#top"
        );
        assert_eq!(with_params("/", "embed=1"), "/?embed=1");
        assert_eq!(with_params("/", ""), "/");
    }
}
