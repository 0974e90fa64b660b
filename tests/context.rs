//! The app's context: a view asking for the report outside the shell is a bug that is
//! reported by name, never an empty report; inside, every view sees the same catalog.

mod common;

use std::sync::Arc;

use bluebook::context::{provide_app, use_app};
use bluebook::domain::catalog::Catalog;
use leptos::prelude::Owner;

#[test]
#[should_panic(expected = "use_app: the shell provides AppData")]
fn a_view_without_the_shell_is_reported() {
    let owner = Owner::new();
    owner.set();
    let _ = use_app();
}

#[test]
fn views_share_the_catalog_and_its_look_ups() {
    let owner = Owner::new();
    owner.set();
    let catalog = Arc::new(Catalog::new(common::real_dataset()));
    provide_app(catalog.clone());
    let app = use_app();
    assert!(Arc::ptr_eq(&app.catalog(), &catalog));
    let copied = app; // AppData is Copy: closures take it freely
    assert_eq!(
        copied
            .catalog()
            .operator("china-mobile")
            .map(|op| op.id.as_str()),
        Some("china-mobile")
    );
    assert!(copied.catalog().case("no-such-case").is_none());
    assert_eq!(copied.catalog().case_index().len(), catalog.cases.len());
}
