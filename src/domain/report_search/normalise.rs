//! Text normalisation shared by the index and the query: folding (case, accents, full-width
//! forms, curly quotes), tokenising into words, CJK characters and symbols, and a light
//! English stemmer. Folded text keeps a map back to the original bytes for highlights.

use crate::domain::search::is_cjk;

/// Text folded for matching, with `map[i]` = the original byte where folded byte `i`'s
/// character came from (one extra entry for the end), so ranges map back on char boundaries.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub text: String,
    pub map: Vec<u32>,
}

impl Folded {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        for (start, c) in original.char_indices() {
            let before = text.len();
            fold_char(c, &mut text);
            map.resize(text.len(), start as u32);
            debug_assert!(text.len() >= before);
        }
        map.push(original.len() as u32);
        Folded { text, map }
    }

    /// The original byte range of folded bytes `start..end` (both on folded char boundaries).
    /// The end maps to the start of the next original char, so a range never splits a char.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self.map[start] as usize;
        let to = self.map[end] as usize;
        (from, to.max(from))
    }
}

/// Folds everything a query and the text go through.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Lowercase, strip Latin accents, full-width ASCII to ASCII, curly quotes to straight ones.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let c = match c as u32 {
        // Full-width ASCII (Ａ, ５, ＋) and the ideographic space.
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    };
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        '‘' | '’' | '′' => out.push('\''),
        '“' | '”' | '″' | '„' => out.push('"'),
        _ => match strip_accent(c) {
            Some(plain) => out.push_str(plain),
            None => out.extend(c.to_lowercase()),
        },
    }
}

/// The plain letters of an accented Latin letter (either case).
fn strip_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' | 'Ă' | 'Ą' => "a",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę'
        | 'Ě' => "e",
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => {
            "i"
        }
        'ł' | 'Ł' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō'
        | 'Ő' => "o",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => "s",
        'ť' | 'ţ' | 'Ť' | 'Ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => {
            "u"
        }
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ß' => "ss",
        _ => return None,
    })
}

/// A CJK character that is part of the text (an ideograph, kana, hangul), not punctuation.
pub fn is_cjk_char(c: char) -> bool {
    is_cjk(c) && c.is_alphanumeric()
}

/// A character of a (non-CJK) word. Apostrophes inside words belong to them ("NTT's").
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// What one token of folded text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of word characters: matched by stem (and by prefix of its surface form).
    Word,
    /// One CJK character: CJK text is matched by substrings and character bigrams.
    Cjk,
    /// One other visible character (+, %, <, “): matched literally.
    Symbol,
}

/// A token of folded text: its kind and byte range in the folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
}

/// Splits folded text into tokens. Whitespace separates and is dropped; so is a hyphen or an
/// apostrophe between two word characters ("customer-service" reads as two words,
/// "NTT's" as one word whose stem drops the "'s").
pub fn tokens(folded: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut word: Option<usize> = None;
    let mut chars = folded.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if is_word_char(c) {
            word.get_or_insert(at);
            continue;
        }
        let joins = word.is_some() && next.is_some_and(is_word_char);
        if c == '\'' && joins {
            continue; // stays inside the word
        }
        if let Some(start) = word.take() {
            out.push(Token {
                kind: TokenKind::Word,
                start,
                end: at,
            });
        }
        if c.is_whitespace() || (c == '-' && joins) {
            continue;
        }
        let kind = if is_cjk_char(c) {
            TokenKind::Cjk
        } else {
            TokenKind::Symbol
        };
        out.push(Token {
            kind,
            start: at,
            end: at + c.len_utf8(),
        });
    }
    if let Some(start) = word {
        out.push(Token {
            kind: TokenKind::Word,
            start,
            end: folded.len(),
        });
    }
    out
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// A light English stemmer (folded words only): drops possessives, plurals, -ing, -ed and a
/// final e, and undoubles a final consonant, so "models", "modelling" and "model" meet, as do
/// "services" and "service". Numbers and non-ASCII words are left alone.
pub fn stem(word: &str) -> String {
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix('\''))
        .unwrap_or(word);
    if !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'') || word.len() < 4 {
        return word.to_string();
    }
    let mut s = word.to_string();
    if let Some(base) = s.strip_suffix("ies") {
        s = format!("{base}y");
    } else if s.ends_with("sses") || s.ends_with("shes") || s.ends_with("ches") {
        s.truncate(s.len() - 2);
    } else if s.ends_with('s') && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is") {
        s.pop();
    }
    for suffix in ["ing", "ed"] {
        if let Some(base) = s.strip_suffix(suffix) {
            if base.len() >= 3 && base.bytes().any(is_vowel) {
                s.truncate(base.len());
                break;
            }
        }
    }
    if s.len() > 3 && s.ends_with('e') {
        s.pop();
    }
    let bytes = s.as_bytes();
    let n = bytes.len();
    if n > 3 && bytes[n - 1] == bytes[n - 2] && !is_vowel(bytes[n - 1]) && bytes[n - 1] != b's' {
        s.pop();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(TokenKind, String)> {
        let folded = fold(text);
        tokens(&folded)
            .into_iter()
            .map(|t| (t.kind, folded[t.start..t.end].to_string()))
            .collect()
    }

    #[test]
    fn folds_case_accents_width_and_quotes() {
        assert_eq!(
            fold("Telefónica ＡＩ “x” NTT’s"),
            "telefonica ai \"x\" ntt's"
        );
        let folded = Folded::new("Éa大");
        assert_eq!(folded.text, "ea大");
        assert_eq!(folded.original(0, 1), (0, 2));
        assert_eq!(folded.original(2, 5), (3, 6));
    }

    #[test]
    fn tokenises_words_cjk_and_symbols() {
        let got = kinds("AI大模型 2+4 customer-service NTT's");
        let words: Vec<&str> = got.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(
            words,
            ["ai", "大", "模", "型", "2", "+", "4", "customer", "service", "ntt's"]
        );
        assert_eq!(got[5].0, TokenKind::Symbol);
        assert_eq!(got[1].0, TokenKind::Cjk);
        assert_eq!(kinds("“九天”")[0].0, TokenKind::Symbol);
    }

    #[test]
    fn stems_lightly() {
        for (a, b) in [
            ("models", "model"),
            ("modelling", "model"),
            ("services", "service"),
            ("companies", "company"),
            ("computing", "compute"),
            ("ntt's", "ntt"),
            ("investments", "investment"),
            ("planning", "plan"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_eq!(stem("status"), "status");
        assert_eq!(stem("5g"), "5g");
    }
}
