//! Pure chart builders: `fn …(&Dataset, Lang, …) -> Figure`, tested natively on their JSON.
//! A [`Figure`] pairs the ECharts option with an accessible table of the same numbers.

pub mod tracing;

use charming::Chart;

pub mod strategy;

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

/// Formats a stated number without inventing precision: 7.3 stays 7.3, 500 stays 500.
pub fn number(n: f64) -> String {
    let text = format!("{n}");
    text.strip_suffix(".0").map(str::to_string).unwrap_or(text)
}
pub mod cases;
