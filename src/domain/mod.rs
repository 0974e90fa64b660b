//! The plain-Rust domain layer: model, loading, validation, queries and aggregation.
//! Nothing here touches the browser, so all of it is tested natively with `cargo test`.

pub mod amount;
pub mod brief;
pub mod catalog;
pub mod citation;
pub mod compare;
pub mod embed;
pub mod error;
pub mod export;
pub mod figures;
pub mod html;
pub mod ids;
pub mod indicators;
pub mod investments;
mod keys;
pub mod load;
mod locate;
pub mod model;
pub mod outcomes;
pub mod profile;
pub mod query;
pub mod report_search;
pub mod search;
mod strict;
pub mod synth;
pub mod tiers;
pub mod tracing;
pub mod validate;

pub use error::DataError;
pub use ids::*;
pub use load::{checked, load_dataset, load_dir, parse_file, DATA_FILES};
pub use model::*;
