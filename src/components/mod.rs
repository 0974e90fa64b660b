//! Reusable view pieces shared by the pages.

pub mod case_tags;
pub mod chart;
pub mod chart_tooltip;
pub mod cite;
pub mod citing;
pub mod defer;
pub mod download;
pub mod error_panel;
pub mod facets;
pub mod facts;
pub mod first_chart;
pub mod highlight;
pub mod labels;
pub mod link;
pub mod measure;
pub mod operator;
pub mod segmented;
pub mod shell_placeholder;
pub mod table_head;
pub mod theme;
