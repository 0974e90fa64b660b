//! Reusable view pieces shared by the pages.

pub mod chart;
pub mod cite;
pub mod download;
pub mod error_panel;
pub mod facets;
pub mod facts;
pub mod highlight;
pub mod measure;
pub mod operator;
pub mod segmented;
