//! Checks a data file's body before the domain layer reads it: not empty, not a web page,
//! UTF-8, valid JSON, the file's top-level keys and a known `schema_version`.

use std::collections::BTreeSet;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::fault::{Fault, Shape};
use crate::domain::load::expected_keys;
use crate::domain::SCHEMA_VERSION;

/// The top level of a JSON file, read without building the rest: whether it is an object,
/// its keys, and its `schema_version`. Reading it checks the whole text's syntax.
enum Head {
    Object {
        keys: Vec<String>,
        schema_version: Option<serde_json::Value>,
    },
    Other(&'static str),
}

/// serde_json (with `arbitrary_precision`) hands a number over as a map with this one key.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

impl<'de> Deserialize<'de> for Head {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(HeadVisitor)
    }
}

struct HeadVisitor;

impl<'de> Visitor<'de> for HeadVisitor {
    type Value = Head;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Head, E> {
        Ok(Head::Other("true or false"))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Head, E> {
        Ok(Head::Other("a number"))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Head, E> {
        Ok(Head::Other("a number"))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Head, E> {
        Ok(Head::Other("a number"))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Head, E> {
        Ok(Head::Other("a text"))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Head, E> {
        Ok(Head::Other("null"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Head, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Head::Other("a list"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Head, A::Error> {
        let mut keys = Vec::new();
        let mut schema_version = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == NUMBER_TOKEN {
                map.next_value::<IgnoredAny>()?;
                return Ok(Head::Other("a number"));
            }
            if key == "schema_version" {
                schema_version = Some(map.next_value::<serde_json::Value>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
            keys.push(key);
        }
        Ok(Head::Object {
            keys,
            schema_version,
        })
    }
}

/// Checks a body before the domain layer reads it: not empty, not a web page, UTF-8, valid
/// JSON, an object with the file's top-level keys and a known `schema_version`.
pub fn check_body(file: &str, content_type: &str, bytes: Vec<u8>) -> Result<String, Fault> {
    let first = bytes.iter().find(|byte| !byte.is_ascii_whitespace());
    let Some(&first) = first else {
        return Err(Fault::Empty);
    };
    let media_type = content_type.to_ascii_lowercase();
    if first == b'<' || media_type.starts_with("text/html") || media_type.contains("xhtml") {
        return Err(Fault::WebPage);
    }
    let text = String::from_utf8(bytes).map_err(|_| Fault::NotText)?;
    check_head(file, &text)?;
    Ok(text)
}

/// The syntax, top-level shape and `schema_version` of one file's text.
pub fn check_head(file: &str, text: &str) -> Result<(), Fault> {
    let head = serde_json::from_str::<Head>(text).map_err(|err| {
        if err.classify() == serde_json::error::Category::Eof {
            Fault::EndsEarly
        } else {
            Fault::Malformed {
                line: err.line(),
                column: err.column(),
            }
        }
    })?;
    let (keys, schema_version) = match head {
        Head::Object {
            keys,
            schema_version,
        } => (keys, schema_version),
        Head::Other(kind) => return Err(Fault::WrongShape(Shape::NotObject(kind))),
    };
    if let Some(version) = &schema_version {
        if version.as_u64() != Some(u64::from(SCHEMA_VERSION)) {
            return Err(Fault::SchemaVersion {
                found: version.to_string(),
            });
        }
    }
    let expected = expected_keys(file);
    let present: BTreeSet<&str> = keys.iter().map(String::as_str).collect();
    let mut missing: Vec<String> = Vec::new();
    if schema_version.is_none() {
        missing.push("schema_version".into());
    }
    missing.extend(
        expected
            .iter()
            .filter(|key| !present.contains(**key))
            .map(|key| (*key).to_string()),
    );
    let unknown: Vec<String> = keys
        .iter()
        .filter(|key| *key != "schema_version" && !expected.contains(&key.as_str()))
        .cloned()
        .collect();
    if missing.is_empty() && unknown.is_empty() {
        Ok(())
    } else {
        Err(Fault::WrongShape(Shape::Keys { missing, unknown }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::fault::FileError;
    use crate::domain::DATA_FILES;
    use crate::i18n::Lang;

    fn shape(missing: &[&str], unknown: &[&str]) -> Fault {
        Fault::WrongShape(Shape::Keys {
            missing: missing.iter().map(|k| (*k).to_string()).collect(),
            unknown: unknown.iter().map(|k| (*k).to_string()).collect(),
        })
    }

    #[test]
    fn bodies_are_classified() {
        let check =
            |ct: &str, body: &str| check_body("glossary.json", ct, body.as_bytes().to_vec());
        assert_eq!(check("application/json", ""), Err(Fault::Empty));
        assert_eq!(check("application/json", " \n"), Err(Fault::Empty));
        assert_eq!(check("text/html", "{}"), Err(Fault::WebPage));
        assert_eq!(
            check("application/json", "<!doctype html><p>Log in"),
            Err(Fault::WebPage)
        );
        assert_eq!(
            check("application/json", r#"{"schema_version": 1, "terms": ["#),
            Err(Fault::EndsEarly)
        );
        assert_eq!(
            check("application/json", "{\"schema_version\": 1,,}"),
            Err(Fault::Malformed {
                line: 1,
                column: 22
            })
        );
        assert_eq!(
            check("application/json", "[1, 2]"),
            Err(Fault::WrongShape(Shape::NotObject("a list")))
        );
        assert_eq!(
            check("application/json", "42"),
            Err(Fault::WrongShape(Shape::NotObject("a number")))
        );
        assert_eq!(
            check("application/json", "{\"terms\": []}"),
            Err(shape(&["schema_version"], &[]))
        );
        assert_eq!(
            check("application/json", r#"{"schema_version": 1, "cases": []}"#),
            Err(shape(&["terms"], &["cases"]))
        );
        assert_eq!(
            check("application/json", r#"{"schema_version": 2, "other": 1}"#),
            Err(Fault::SchemaVersion { found: "2".into() })
        );
        assert_eq!(
            check_body("glossary.json", "", vec![b'{', 0xff, b'}']),
            Err(Fault::NotText)
        );
        assert!(check(
            "application/json",
            r#"{"schema_version": 1, "terms": [{"a": [1, {"b": 2}]}]}"#
        )
        .is_ok());
    }

    #[test]
    fn the_real_data_passes_the_head_check() {
        for file in DATA_FILES {
            let path = format!("{}/data/{file}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            assert_eq!(check_head(file, &text), Ok(()), "{file}");
        }
    }

    #[test]
    fn faults_are_named_in_words_with_the_file() {
        let error = |fault| FileError {
            file: "cases.json".into(),
            fault,
        };
        assert_eq!(
            error(Fault::WebPage).describe(Lang::En),
            "data/cases.json: the server sent a web page instead of data"
        );
        let busy = Fault::Http {
            status: 503,
            retry_after: Some("120".into()),
        };
        assert_eq!(
            busy.describe(Lang::En),
            "the server is temporarily unavailable (HTTP 503); it asks to try again in 120 s"
        );
        assert!(busy.describe(Lang::Zh).contains("120 秒"));
        let missing = Fault::Http {
            status: 404,
            retry_after: None,
        };
        assert_eq!(
            missing.describe(Lang::En),
            "the file is not on the server (HTTP 404)"
        );
        assert!(Fault::SchemaVersion { found: "9".into() }
            .describe(Lang::En)
            .contains("unknown schema_version 9"));
        assert_eq!(
            shape(&["terms"], &["cases"]).describe(Lang::En),
            "the data has the wrong shape: \"terms\" missing; unexpected \"cases\""
        );
        // Every fault has words in both languages and a distinct kind.
        let all = [
            missing,
            Fault::Unreachable,
            Fault::CutOff { received: 1 },
            Fault::Truncated {
                received: 1,
                expected: 2,
            },
            Fault::NoAnswer { seconds: 8 },
            Fault::Stalled {
                seconds: 8,
                received: 1,
            },
            Fault::WebPage,
            Fault::Empty,
            Fault::NotText,
            Fault::EndsEarly,
            Fault::Malformed { line: 1, column: 1 },
            Fault::WrongShape(Shape::NotObject("a list")),
            Fault::SchemaVersion { found: "2".into() },
        ];
        let kinds: BTreeSet<_> = all.iter().map(Fault::kind).collect();
        assert_eq!(kinds.len(), all.len());
        for fault in &all {
            assert!(!fault.describe(Lang::Zh).is_empty());
            assert_ne!(fault.describe(Lang::Zh), fault.describe(Lang::En));
        }
    }
}
