//! Why a data file could not be used, in words a reader understands, in zh and en.

use crate::domain::{DataError, SCHEMA_VERSION};
use crate::i18n::Lang;

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
