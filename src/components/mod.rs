//! Reusable view pieces shared by the pages.

pub mod chart;
pub mod cite;
pub mod download;
pub mod error_panel;
pub mod facets;
pub mod highlight;
pub mod segmented;
