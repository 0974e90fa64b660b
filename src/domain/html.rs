//! Text written into HTML by hand (the embed snippet, index.html's first screen): escaped for
//! element content and for attribute values in either kind of quotes.

/// `text` with `&`, `<`, `>`, `"` and `'` written as character references.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_and_quotes_become_references() {
        assert_eq!(
            escape(r#"<a href="x?a=1&b=2">it's</a>"#),
            "&lt;a href=&quot;x?a=1&amp;b=2&quot;&gt;it&#39;s&lt;/a&gt;"
        );
        assert_eq!(escape("中文 · plain"), "中文 · plain");
    }
}
