//! Pure chart builders: `fn …(&Dataset, Lang, …) -> Figure`, tested natively on their JSON.
//! A [`Figure`] pairs the ECharts option with an accessible table of the same numbers.

pub mod cases;
pub mod strategy;
pub mod tracing;

pub use crate::domain::amount::number;

use charming::Chart;

/// The same numbers as a chart, as rows of text for an accessible HTML table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartTable {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// What the chart component renders: the chart and its table twin.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub chart: Chart,
    pub table: ChartTable,
}
