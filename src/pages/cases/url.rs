//! The explorer's state as the URL holds it, shared by the explorer and the case page (which
//! remembers the query it was opened from).

use std::sync::Arc;

use leptos::prelude::*;

use crate::context::use_view_query;
use crate::domain::catalog::Catalog;
use crate::domain::query::{CaseQuery, Notice};

/// The explorer query in the URL, with notices for whatever was ignored.
pub fn use_case_query(catalog: Arc<Catalog>) -> Memo<(CaseQuery, Vec<Notice>)> {
    let query_map = use_view_query();
    Memo::new(move |_| query_map.with(|map| CaseQuery::parse(map, &catalog.case_index().vocab)))
}
