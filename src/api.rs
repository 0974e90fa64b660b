//! Loads `data/*.json` from the app's own origin, then parses and validates them with the
//! domain layer.
//!
//! Every way a file can fail is a [`Fault`] named in words a reader understands, in zh and
//! en: an HTTP error (with the `Retry-After` of a 503), a connection that fails or breaks
//! off, a body shorter than announced, a server that stops sending, a web page where data
//! was expected, an empty or damaged file, a file of the wrong shape or of an unknown
//! `schema_version`.
//!
//! The body is read as a stream. A file fails when nothing arrives for [`STALL_TIMEOUT`]
//! (no answer, or a download that stops); a slow download that keeps making progress is
//! never cut off. A retry ([`load_all`] after the first call) bypasses the HTTP cache, so
//! nothing from the failed attempt is reused.

use std::collections::BTreeSet;
use std::fmt;
use std::future::Future;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::future::{select, Either};
use gloo_net::http::{Request, Response};
use gloo_timers::future::sleep;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, ReadableStreamDefaultReader, ReadableStreamReadResult, RequestCache,
};

use crate::domain::catalog::Catalog;
use crate::domain::load::expected_keys;
use crate::domain::{load_dataset, DataError, DATA_FILES, SCHEMA_VERSION};
use crate::i18n::Lang;

/// How long a data file may send nothing — no answer, or no new bytes of its body — before
/// the app gives up on it and offers a retry. There is no limit on the total time.
pub const STALL_TIMEOUT: Duration = Duration::from_secs(8);

/// What was wrong with the top level of a file that is valid JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// The file holds a JSON value other than an object ("a list", "a number", …).
    NotObject(&'static str),
    /// The object lacks parts the file must have, or has parts it must not.
    Keys {
        missing: Vec<String>,
        unknown: Vec<String>,
    },
}

/// Why one data file could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// The server answered with an error status.
    Http {
        status: u16,
        /// The `Retry-After` header as sent (seconds or an HTTP date).
        retry_after: Option<String>,
    },
    /// No connection, or it failed before the server answered.
    Unreachable,
    /// The connection broke off in the middle of the body.
    CutOff { received: u64 },
    /// The body ended before the length the server announced.
    Truncated { received: u64, expected: u64 },
    /// The server sent no answer within [`STALL_TIMEOUT`].
    NoAnswer { seconds: u64 },
    /// The body stopped arriving for [`STALL_TIMEOUT`].
    Stalled { seconds: u64, received: u64 },
    /// An HTML page (a login portal, a proxy's error page) instead of JSON.
    WebPage,
    /// Nothing, or only white space.
    Empty,
    /// Bytes that are not UTF-8 text.
    NotText,
    /// JSON that ends in the middle of a value.
    EndsEarly,
    /// Text that is not JSON.
    Malformed { line: usize, column: usize },
    /// Valid JSON, but not what the file must hold.
    WrongShape(Shape),
    /// A `schema_version` this app does not read.
    SchemaVersion { found: String },
}

impl Fault {
    /// A stable name for the kind of fault (`data-fault` in the error panel).
    pub fn kind(&self) -> &'static str {
        match self {
            Fault::Http { .. } => "http",
            Fault::Unreachable => "unreachable",
            Fault::CutOff { .. } => "cut-off",
            Fault::Truncated { .. } => "truncated",
            Fault::NoAnswer { .. } => "no-answer",
            Fault::Stalled { .. } => "stalled",
            Fault::WebPage => "web-page",
            Fault::Empty => "empty",
            Fault::NotText => "not-text",
            Fault::EndsEarly => "ends-early",
            Fault::Malformed { .. } => "malformed",
            Fault::WrongShape(_) => "wrong-shape",
            Fault::SchemaVersion { .. } => "schema-version",
        }
    }

    /// The fault in words a reader understands.
    pub fn describe(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            Fault::Http {
                status,
                retry_after,
            } => describe_http(*status, retry_after.as_deref(), zh),
            Fault::Unreachable if zh => "无法连接服务器，或连接在服务器应答前被中断".into(),
            Fault::Unreachable => {
                "the server could not be reached, or the connection was cut before it answered"
                    .into()
            }
            Fault::CutOff { received } if zh => {
                format!("下载途中连接被中断（已收到 {received} 字节）")
            }
            Fault::CutOff { received } => {
                format!("the connection was cut in the middle of the download (after {received} bytes)")
            }
            Fault::Truncated { received, expected } if zh => {
                format!("下载不完整：服务器宣称 {expected} 字节，只收到 {received} 字节")
            }
            Fault::Truncated { received, expected } => {
                format!("the download is truncated: only {received} of {expected} bytes arrived")
            }
            Fault::NoAnswer { seconds } if zh => format!("{seconds} 秒内没有应答"),
            Fault::NoAnswer { seconds } => format!("no answer within {seconds} s"),
            Fault::Stalled { seconds, received } if zh => {
                format!("下载停滞：{seconds} 秒内没有收到新数据（已收到 {received} 字节）")
            }
            Fault::Stalled { seconds, received } => format!(
                "the download stalled: nothing arrived for {seconds} s (after {received} bytes)"
            ),
            Fault::WebPage if zh => "服务器发来的是网页，而不是数据".into(),
            Fault::WebPage => "the server sent a web page instead of data".into(),
            Fault::Empty if zh => "文件是空的：服务器没有发送任何数据".into(),
            Fault::Empty => "the file is empty: the server sent no data".into(),
            Fault::NotText if zh => "文件不是文本（不是 UTF-8 编码）".into(),
            Fault::NotText => "the file is not text (not UTF-8)".into(),
            Fault::EndsEarly if zh => "数据不完整：文件在中途就结束了".into(),
            Fault::EndsEarly => "the data is incomplete: the file ends too early".into(),
            Fault::Malformed { line, column } if zh => {
                format!("数据已损坏：第 {line} 行第 {column} 列起不是有效的 JSON")
            }
            Fault::Malformed { line, column } => {
                format!("the data is damaged: not valid JSON at line {line}, column {column}")
            }
            Fault::WrongShape(shape) => describe_shape(shape, zh),
            Fault::SchemaVersion { found } if zh => format!(
                "数据格式版本（schema_version）为 {found}，本应用只能读取版本 {SCHEMA_VERSION}"
            ),
            Fault::SchemaVersion { found } => format!(
                "the data has an unknown schema_version {found}: this app reads version {SCHEMA_VERSION}"
            ),
        }
    }
}

fn describe_http(status: u16, retry_after: Option<&str>, zh: bool) -> String {
    let retry = retry_after.map(str::trim).filter(|value| !value.is_empty());
    let retry_text = match retry {
        Some(value) if value.bytes().all(|b| b.is_ascii_digit()) => {
            if zh {
                format!("，请在 {value} 秒后重试")
            } else {
                format!("; it asks to try again in {value} s")
            }
        }
        Some(value) => {
            if zh {
                format!("，请在 {value} 之后重试")
            } else {
                format!("; it asks to try again after {value}")
            }
        }
        None => String::new(),
    };
    let what = match (status, zh) {
        (404 | 410, true) => "服务器上没有这个文件",
        (404 | 410, false) => "the file is not on the server",
        (503, true) => "服务器暂时不可用",
        (503, false) => "the server is temporarily unavailable",
        (500..=599, true) => "服务器出错，没能提供这个文件",
        (500..=599, false) => "the server failed to deliver the file",
        (_, true) => "服务器拒绝提供这个文件",
        (_, false) => "the server refused to deliver the file",
    };
    format!("{what} (HTTP {status}){retry_text}")
}

fn describe_shape(shape: &Shape, zh: bool) -> String {
    match shape {
        Shape::NotObject(kind) if zh => {
            format!(
                "数据结构不对：文件应是一个 JSON 对象，却是{}",
                kind_zh(kind)
            )
        }
        Shape::NotObject(kind) => {
            format!(
                "the data has the wrong shape: the file holds {kind}, not the expected JSON object"
            )
        }
        Shape::Keys { missing, unknown } => {
            let list = |keys: &[String]| {
                keys.iter()
                    .map(|key| format!("\"{key}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let mut parts = Vec::new();
            if !missing.is_empty() {
                parts.push(if zh {
                    format!("缺少 {}", list(missing))
                } else {
                    format!("{} missing", list(missing))
                });
            }
            if !unknown.is_empty() {
                parts.push(if zh {
                    format!("多出未知的 {}", list(unknown))
                } else {
                    format!("unexpected {}", list(unknown))
                });
            }
            if zh {
                format!("数据结构不对：{}", parts.join("；"))
            } else {
                format!("the data has the wrong shape: {}", parts.join("; "))
            }
        }
    }
}

fn kind_zh(kind: &str) -> &'static str {
    match kind {
        "a list" => "一个列表",
        "a number" => "一个数字",
        "a text" => "一段文字",
        "true or false" => "一个布尔值",
        _ => "null",
    }
}

/// One data file and why it failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    /// The file name inside `data/`, such as `cases.json`.
    pub file: String,
    pub fault: Fault,
}

impl FileError {
    /// `data/cases.json: the server sent a web page instead of data`.
    pub fn describe(&self, lang: Lang) -> String {
        format!("data/{}: {}", self.file, self.fault.describe(lang))
    }
}

/// Why the data could not be loaded; each names the file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    /// Files that could not be fetched or read as the data they must be.
    #[error("{}", describe_all(.0))]
    Files(Vec<FileError>),
    /// Files that were read but hold invalid records.
    #[error("{} problem(s) in the data", .0.len())]
    Invalid(Vec<DataError>),
}

fn describe_all(errors: &[FileError]) -> String {
    errors
        .iter()
        .map(|error| error.describe(Lang::En))
        .collect::<Vec<_>>()
        .join("; ")
}

/// One row of the error panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorRow {
    /// `data/<file>`.
    pub path: String,
    pub record: String,
    pub field: String,
    pub reason: String,
    /// [`Fault::kind`], or `invalid` for a record that failed validation.
    pub kind: &'static str,
}

impl LoadError {
    /// One-line summaries for the top of the error panel.
    pub fn summary(&self, lang: Lang) -> Vec<String> {
        match self {
            LoadError::Files(errors) => errors.iter().map(|error| error.describe(lang)).collect(),
            LoadError::Invalid(errors) if lang == Lang::Zh => {
                vec![format!("数据中有 {} 处问题", errors.len())]
            }
            LoadError::Invalid(errors) => vec![format!("{} problem(s) in the data", errors.len())],
        }
    }

    /// Errors as rows of (file, record, field, reason) for the error panel.
    pub fn rows(&self, lang: Lang) -> Vec<ErrorRow> {
        match self {
            LoadError::Files(errors) => errors
                .iter()
                .map(|error| ErrorRow {
                    path: format!("data/{}", error.file),
                    record: "-".into(),
                    field: "-".into(),
                    reason: error.fault.describe(lang),
                    kind: error.fault.kind(),
                })
                .collect(),
            LoadError::Invalid(errors) => errors
                .iter()
                .map(|error| ErrorRow {
                    path: format!("data/{}", error.file),
                    record: error.record.clone(),
                    field: error.field.clone(),
                    reason: error.reason.clone(),
                    kind: "invalid",
                })
                .collect(),
        }
    }
}

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

/// Waits for `future` at most `limit`; `None` if time ran out.
async fn within<T>(limit: Duration, future: impl Future<Output = T>) -> Option<T> {
    match select(Box::pin(future), Box::pin(sleep(limit))).await {
        Either::Left((value, _)) => Some(value),
        Either::Right(((), _)) => None,
    }
}

/// Aborts the request when dropped: a stalled or failed download is not left open.
struct AbortOnDrop(Option<AbortController>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(controller) = &self.0 {
            controller.abort();
        }
    }
}

fn header(response: &Response, name: &str) -> Option<String> {
    response.headers().get(name)
}

/// Reads the body chunk by chunk; fails when no chunk arrives for [`STALL_TIMEOUT`].
async fn read_body(response: &Response, expected: Option<u64>) -> Result<Vec<u8>, Fault> {
    let Some(stream) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let received = bytes.len() as u64;
        let chunk = match within(STALL_TIMEOUT, JsFuture::from(reader.read())).await {
            None => {
                return Err(Fault::Stalled {
                    seconds: STALL_TIMEOUT.as_secs(),
                    received,
                })
            }
            Some(Err(_)) => {
                return Err(match expected {
                    Some(expected) if received < expected => {
                        Fault::Truncated { received, expected }
                    }
                    _ => Fault::CutOff { received },
                })
            }
            Some(Ok(chunk)) => chunk.unchecked_into::<ReadableStreamReadResult>(),
        };
        if chunk.get_done() == Some(true) {
            break;
        }
        let array = js_sys::Uint8Array::new(&chunk.get_value());
        let start = bytes.len();
        bytes.resize(start + array.length() as usize, 0);
        array.copy_to(&mut bytes[start..]);
    }
    match expected {
        Some(expected) if (bytes.len() as u64) < expected => Err(Fault::Truncated {
            received: bytes.len() as u64,
            expected,
        }),
        _ => Ok(bytes),
    }
}

async fn fetch_file(file: &str, fresh: bool) -> Result<String, Fault> {
    let controller = AbortOnDrop(AbortController::new().ok());
    let signal = controller.0.as_ref().map(AbortController::signal);
    let mut request = Request::get(&format!("data/{file}")).abort_signal(signal.as_ref());
    if fresh {
        request = request.cache(RequestCache::NoStore);
    }
    let response = match within(STALL_TIMEOUT, request.send()).await {
        None => {
            return Err(Fault::NoAnswer {
                seconds: STALL_TIMEOUT.as_secs(),
            })
        }
        Some(Err(_)) => return Err(Fault::Unreachable),
        Some(Ok(response)) => response,
    };
    if !response.ok() {
        return Err(Fault::Http {
            status: response.status(),
            retry_after: header(&response, "retry-after"),
        });
    }
    // Content-Length counts the bytes on the wire; with a Content-Encoding those are not the
    // bytes the stream yields, so it is compared only for unencoded bodies.
    let expected = match header(&response, "content-encoding") {
        Some(encoding) if !encoding.eq_ignore_ascii_case("identity") => None,
        _ => header(&response, "content-length").and_then(|length| length.trim().parse().ok()),
    };
    let content_type = header(&response, "content-type").unwrap_or_default();
    let bytes = read_body(&response, expected).await?;
    check_body(file, &content_type, bytes)
}

/// How many times [`load_all`] has run; every run after the first is a retry.
static ATTEMPTS: AtomicU32 = AtomicU32::new(0);

/// Fetches every data file in parallel, parses and validates the whole, then builds the
/// look-ups and indexes once. A retry bypasses the HTTP cache, so nothing from a failed
/// attempt is reused.
pub async fn load_all() -> Result<Arc<Catalog>, LoadError> {
    let fresh = ATTEMPTS.fetch_add(1, Ordering::Relaxed) > 0;
    let results =
        futures::future::join_all(DATA_FILES.iter().map(|file| fetch_file(file, fresh))).await;
    let mut loaded = Vec::with_capacity(results.len());
    let mut failed = Vec::new();
    for (file, result) in DATA_FILES.iter().zip(results) {
        match result {
            Ok(text) => loaded.push((*file, text)),
            Err(fault) => failed.push(FileError {
                file: (*file).to_string(),
                fault,
            }),
        }
    }
    if !failed.is_empty() {
        return Err(LoadError::Files(failed));
    }
    load_dataset(loaded.iter().map(|(file, text)| (*file, text.as_str())))
        .map(|dataset| Arc::new(Catalog::new(dataset)))
        .map_err(LoadError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

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
