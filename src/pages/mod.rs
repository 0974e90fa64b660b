//! One module per top-level view.

pub mod cases;
pub mod challenges;
pub mod compare;
pub mod operator;
pub mod operators;
pub mod overview;
pub mod strategy;
