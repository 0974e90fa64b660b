//! The case explorer's query: URL parameters ⇄ [`CaseQuery`] (with notices for anything
//! ignored), and a [`CaseIndex`] built once per dataset that filters, searches, counts
//! facet values, sorts and pages without cloning cases.
//!
//! Semantics: values within one facet combine with OR, facets combine with AND, the search
//! applies to everything, and each value's count reflects all the *other* active filters
//! (plus the search), so a count says how many cases selecting that value would add or keep.

mod encoding;
mod index;
mod paging;
mod params;

pub use encoding::{decode_component, encode_component, parse_query_string};
pub use index::{CaseIndex, QueryResult, Vocab};
pub use paging::{
    first_batch, neighbours, page_of, paging, Neighbour, Neighbours, Paging, FIRST_BATCH, PAGE_SIZE,
};
pub use params::{CaseQuery, ChartBy, Facet, Notice, Sort, View, QUANT_NO, QUANT_YES};
