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

pub(crate) mod check;
pub(crate) mod fault;

pub use check::{check_body, check_head};
pub use fault::{ErrorRow, Fault, FileError, LoadError, Shape};

use std::future::Future;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::future::{select, Either};
use gloo_net::http::{Request, Response};
use gloo_timers::future::sleep;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, ReadableStreamDefaultReader, ReadableStreamReadResult, RequestCache,
};

use crate::domain::catalog::Catalog;
use crate::domain::{checked, parse_file, Dataset, DATA_FILES};

/// How long a data file may send nothing — no answer, or no new bytes of its body — before
/// the app gives up on it and offers a retry. There is no limit on the total time.
pub const STALL_TIMEOUT: Duration = Duration::from_secs(8);

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
    // What `domain::load_dataset` does, with a turn for the browser after each step: no one
    // long task blocks input on a slow machine (issue #10, Lighthouse's Total Blocking Time).
    let mut dataset = Dataset::default();
    let mut errors = Vec::new();
    for (file, text) in &loaded {
        errors.extend(parse_file(file, text, &mut dataset));
        next_task().await;
    }
    let dataset = checked(dataset, errors).map_err(LoadError::Invalid)?;
    next_task().await;
    let catalog = Arc::new(Catalog::new(dataset));
    // The view then renders in a task of its own.
    next_task().await;
    Ok(catalog)
}

/// Lets the browser run what is waiting (input, paint) before going on.
async fn next_task() {
    sleep(Duration::ZERO).await;
}
