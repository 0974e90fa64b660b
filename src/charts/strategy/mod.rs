//! Chart builders of the strategy views, one module per view: the tier map (Figure 6 read
//! ordinally), the stated investments of the measures (money and shares apart), cases per
//! domain for a comparison or a profile, and the overview's growth and CAPEX/OPEX figures.
//! What they draw is selected in the domain; here only the helpers the builders share.
//!
//! Formatter strings here are fixed templates (`{b}`, `{c}` …), never built from data; ECharts
//! escapes the values it puts into a tooltip template.

pub mod compare;
pub mod measures;
pub mod overview;
pub mod tier_map;

pub use self::compare::cases_per_domain;
pub use self::measures::{money_investments, share_investments};
pub use self::overview::{capex_opex, growth};
pub use self::tier_map::tier_map;
pub use crate::domain::indicators::{capex_opex_indicators, growth_series};
pub use crate::domain::investments::{money_units, uncharted_investments};
pub use crate::domain::tiers::{placements, Placement};

use charming::component::{Axis, Grid};
use charming::datatype::CompositeValue;
use charming::element::{AxisLabel, AxisType, Tooltip, Trigger};
use charming::Chart;

use super::{ChartTable, Figure};
use crate::domain::profile;
use crate::domain::{Dataset, Text, TierId};
use crate::i18n::strategy::StrategyUi;
use crate::i18n::Lang;

/// The tiers' colours, as in `assets/style.css`.
pub fn tier_color(tier: TierId) -> &'static str {
    match tier {
        TierId::Optimisation => "#5b8ff9",
        TierId::Extension => "#f6bd16",
        TierId::Transformation => "#e8684a",
    }
}

/// A palette for series that are not tiers (operators in a comparison).
const PALETTE: [&str; 6] = [
    "#0b4f8a", "#e8684a", "#5ad8a6", "#f6bd16", "#9270ca", "#6dc8ec",
];

/// The tooltip of every chart here: series and item names, escaped by ECharts.
const ITEM_TOOLTIP: &str = "{a}<br/>{b}";
const VALUE_TOOLTIP: &str = "{a}<br/>{b}: {c}";

/// The empty-value marker of ECharts: no bar, not a zero.
const EMPTY: &str = "-";

/// `chart` with its table twin: `rows` under the headings `columns` in `lang`.
fn table_figure(
    chart: Chart,
    lang: Lang,
    columns: &[StrategyUi],
    rows: Vec<Vec<String>>,
) -> Figure {
    Figure::new(
        chart,
        ChartTable {
            columns: columns.iter().map(|k| lang.t(*k).to_string()).collect(),
            rows,
        },
    )
}

fn text(lang: Lang, value: &Text) -> String {
    value.get(lang).to_string()
}

/// An operator's name in `lang`, or its id should the data not know it.
fn operator_name(data: &Dataset, id: &str, lang: Lang) -> String {
    profile::operator(data, id)
        .map(|op| text(lang, &op.name))
        .unwrap_or_else(|| id.to_string())
}

fn bar_value(v: f64) -> CompositeValue {
    CompositeValue::from(v)
}

/// The tooltip of the bar charts: series, category and value.
fn value_tooltip() -> Tooltip {
    Tooltip::new()
        .trigger(Trigger::Item)
        .formatter(VALUE_TOOLTIP)
}

/// The skeleton of the vertical bar charts: `categories` along the bottom with every label
/// shown, values up the side (`value_axis` brings the axis's range and name); `grid_top`
/// leaves room above the bars (for a legend).
fn column_bars(grid_top: i32, categories: Vec<String>, value_axis: Axis) -> Chart {
    Chart::new()
        .tooltip(value_tooltip())
        .grid(
            Grid::new()
                .left(16)
                .right(16)
                .top(grid_top)
                .bottom(16)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .axis_label(AxisLabel::new().interval(0))
                .data(categories),
        )
        .y_axis(value_axis.type_(AxisType::Value))
}
