//! One module per top-level view.

pub mod case_detail;
pub mod cases;
pub mod challenges;
pub mod overview;
pub mod strategy;
