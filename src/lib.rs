//! Blue-book dashboard: a plain domain layer (`domain`) and Leptos views on top.

pub mod api;
pub mod app;
pub mod brief_store;
pub mod charts;
pub mod components;
pub mod context;
pub mod domain;
pub mod embed;
pub mod first_paint;
pub mod i18n;
pub mod pages;
pub mod routes;
