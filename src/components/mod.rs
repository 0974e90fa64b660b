//! Reusable view pieces shared by the pages.

pub mod error_panel;
