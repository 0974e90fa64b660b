//! Loads `data/*.json` from the app's own origin with gloo-net, with a timeout per file,
//! then parses and validates them with the domain layer.

use std::sync::Arc;
use std::time::Duration;

use futures::future::{select, Either};
use gloo_net::http::Request;
use gloo_timers::future::sleep;

use crate::domain::catalog::Catalog;
use crate::domain::{load_dataset, DataError, DATA_FILES};

/// How long one data file may take before the app gives up and offers a retry.
pub const FILE_TIMEOUT: Duration = Duration::from_secs(15);

/// Why the data could not be loaded; each names the file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("{file}: request failed: {reason}")]
    Network { file: String, reason: String },
    #[error("{file}: the server answered HTTP {status}")]
    Http { file: String, status: u16 },
    #[error("{file}: no answer within {seconds} s")]
    Timeout { file: String, seconds: u64 },
    #[error("{} problem(s) in the data", .0.len())]
    Invalid(Vec<DataError>),
}

impl LoadError {
    /// Errors as rows of (file, record, field, reason) for the error panel.
    pub fn rows(&self) -> Vec<DataError> {
        match self {
            LoadError::Network { file, reason } => vec![DataError::new(file, "-", "-", reason)],
            LoadError::Http { file, status } => vec![DataError::new(
                file,
                "-",
                "-",
                format!("the server answered HTTP {status}"),
            )],
            LoadError::Timeout { file, seconds } => vec![DataError::new(
                file,
                "-",
                "-",
                format!("no answer within {seconds} s"),
            )],
            LoadError::Invalid(errors) => errors.clone(),
        }
    }
}

async fn fetch_text(file: &str) -> Result<String, LoadError> {
    let request = async {
        let url = format!("data/{file}");
        let response = Request::get(&url)
            .send()
            .await
            .map_err(|err| LoadError::Network {
                file: file.to_string(),
                reason: err.to_string(),
            })?;
        if !response.ok() {
            return Err(LoadError::Http {
                file: file.to_string(),
                status: response.status(),
            });
        }
        response.text().await.map_err(|err| LoadError::Network {
            file: file.to_string(),
            reason: err.to_string(),
        })
    };
    let timeout = sleep(FILE_TIMEOUT);
    match select(Box::pin(request), Box::pin(timeout)).await {
        Either::Left((result, _)) => result,
        Either::Right(((), _)) => Err(LoadError::Timeout {
            file: file.to_string(),
            seconds: FILE_TIMEOUT.as_secs(),
        }),
    }
}

/// Fetches every data file in parallel, parses and validates the whole, then builds the
/// look-ups and indexes once.
pub async fn load_all() -> Result<Arc<Catalog>, LoadError> {
    let texts = futures::future::join_all(DATA_FILES.iter().map(|file| fetch_text(file))).await;
    let mut loaded = Vec::with_capacity(texts.len());
    for (file, text) in DATA_FILES.iter().zip(texts) {
        loaded.push((*file, text?));
    }
    load_dataset(loaded.iter().map(|(file, text)| (*file, text.as_str())))
        .map(|dataset| Arc::new(Catalog::new(dataset)))
        .map_err(LoadError::Invalid)
}
