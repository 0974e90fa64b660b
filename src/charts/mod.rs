//! Pure chart builders: `fn …(&Dataset, Lang, …) -> Figure`, tested natively on their JSON.
//! A [`Figure`] pairs the ECharts option with an accessible table of the same numbers.

pub mod cases;
pub mod strategy;
pub mod tracing;

pub use crate::domain::amount::number;

use charming::Chart;

use crate::domain::query::Facet;
use crate::domain::tracing::TracingNode;
use crate::domain::{Domain, OperatorId};

/// The same numbers as a chart, as rows of text for an accessible HTML table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartTable {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// What a chart item stands for, so that a click acts on an id, never on a display name.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartTarget {
    Operator(OperatorId),
    /// A bar of the explorer's domain chart: its domain, and the facet value of its series.
    Filter {
        domain: Domain,
        facet: Facet,
        value: String,
    },
    Node(TracingNode),
}

/// What the chart component renders: the chart's option JSON, its table twin, and what its
/// items stand for.
///
/// The option is kept as the JSON ECharts reads, written once by the builder: a figure is
/// cloned and compared (memos, "did the chart change?") as a string, and the wasm carries no
/// `Clone`/`PartialEq`/drop code for charming's option types (issue #10, wasm size).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub option: String,
    pub table: ChartTable,
    /// (series index, data index) → target, for the items a click acts on.
    pub targets: Vec<((usize, usize), ChartTarget)>,
}

impl Figure {
    pub fn new(chart: Chart, table: ChartTable) -> Self {
        // Compact JSON (charming's `Display` pretty-prints): less to parse in the browser and
        // to carry in index.html's first screen. No chart uses charming's raw JS functions,
        // which only its `Display` would unquote (a strict CSP could not run them anyway).
        // Writing it cannot fail: charming's options have string keys and plain values (its
        // `Display` would panic where this draws an empty chart beside the table).
        let option = serde_json::to_string(&chart).unwrap_or_else(|_| String::from("{}"));
        Figure {
            option,
            table,
            targets: Vec::new(),
        }
    }

    pub fn with_targets(mut self, targets: Vec<((usize, usize), ChartTarget)>) -> Self {
        self.targets = targets;
        self
    }

    /// What the item at (series index, data index) stands for.
    pub fn target(&self, series: usize, index: usize) -> Option<&ChartTarget> {
        self.targets
            .iter()
            .find(|(at, _)| *at == (series, index))
            .map(|(_, target)| target)
    }
}
