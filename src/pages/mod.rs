//! One module per top-level view.

pub mod brief;
pub mod cases;
pub mod challenges;
pub mod overview;
pub mod search;
pub mod strategy;
