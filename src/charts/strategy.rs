//! Chart builders of the strategy views: the tier map (Figure 6 read ordinally), stated
//! investments (money and shares apart), cases per domain for a comparison, and the
//! overview's growth and CAPEX/OPEX figures.
//!
//! Formatter strings here are fixed templates (`{b}`, `{c}` …), never built from data; ECharts
//! escapes the values it puts into a tooltip template.

use charming::component::{Axis, Grid, Legend};
use charming::datatype::{CompositeValue, DataPoint, DataPointItem};
use charming::element::{
    AxisLabel, AxisLine, AxisTick, AxisType, Color, ItemStyle, Label, LabelPosition, LineStyle,
    MarkArea, MarkAreaData, NameLocation, SplitLine, TextStyle, Tooltip, Trigger,
};
use charming::series::{Bar, Scatter};
use charming::Chart;

use super::{ChartTable, ChartTarget, Figure};
use crate::domain::amount::{amount_text, number};
use crate::domain::compare::{Cell, Selection};
use crate::domain::profile::{self, InvestmentRef};
use crate::domain::{
    Dataset, Domain, Indicator, IndicatorGroup, MetricKind, OperatorId, Text, TierId,
};
use crate::i18n::strategy::StrategyUi;
use crate::i18n::Ui;
use crate::i18n::{domain_name, Lang};

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

// ---------- tier map ----------

/// Where an operator sits on the tier map. `rank` is the tier's ordinal position on both
/// axes; `x`/`y` spread operators of one tier inside the tier's block so they don't overlap.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    pub operator: OperatorId,
    pub tier: TierId,
    pub rank: u8,
    pub x: f64,
    pub y: f64,
}

/// Offsets within a tier's unit block for `n` operators: one column up to three, then two
/// columns filled top to bottom. The top fifth of the block is left for the tier's name.
fn spread(n: usize, i: usize) -> (f64, f64) {
    let columns = if n <= 3 { 1 } else { 2 };
    let rows = n.div_ceil(columns).max(1);
    let (column, row) = (i / rows, i % rows);
    let x = if columns == 1 {
        0.3
    } else {
        0.04 + 0.51 * column as f64
    };
    let y = if rows == 1 {
        0.45
    } else {
        0.72 - 0.57 * row as f64 / (rows - 1) as f64
    };
    (x, y)
}

/// Every operator listed in tiers.json with its place: the block of tier rank r spans
/// [r-1, r] on both axes.
pub fn placements(data: &Dataset) -> Vec<Placement> {
    profile::tiers_by_rank(data)
        .into_iter()
        .flat_map(|tier| {
            let n = tier.operators.len();
            tier.operators.iter().enumerate().map(move |(i, id)| {
                let (dx, dy) = spread(n, i);
                let base = f64::from(tier.rank) - 1.0;
                Placement {
                    operator: id.clone(),
                    tier: tier.id,
                    rank: tier.rank,
                    x: round3(base + dx),
                    y: round3(base + dy),
                }
            })
        })
        .collect()
}

/// Layout coordinates only (not report figures), rounded to keep the JSON tidy.
fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

fn operator_name(data: &Dataset, id: &str, lang: Lang) -> String {
    profile::operator(data, id)
        .map(|op| text(lang, &op.name))
        .unwrap_or_else(|| id.to_string())
}

fn ordinal_axis(name: String, max: f64) -> Axis {
    Axis::new()
        .type_(AxisType::Value)
        .min(0)
        .max(max)
        .interval(1)
        .name(name)
        .name_location(NameLocation::Middle)
        .name_gap(16)
        .name_text_style(TextStyle::new().font_size(13).color("#1b2430"))
        .axis_label(AxisLabel::new().show(false))
        .axis_tick(AxisTick::new().show(false))
        .axis_line(AxisLine::new().show(true))
        .split_line(
            SplitLine::new()
                .show(true)
                .line_style(LineStyle::new().color("#d9dee5")),
        )
}

/// Figure 6 as a scatter: one series per tier, each operator a point in its tier's block.
pub fn tier_map(data: &Dataset, lang: Lang) -> Figure {
    let tiers = profile::tiers_by_rank(data);
    let max = tiers.iter().map(|t| f64::from(t.rank)).fold(0.0, f64::max);
    let placements = placements(data);
    let axis_name = |id: &str| {
        data.axes
            .iter()
            .find(|axis| axis.id == id)
            .map(|axis| format!("{} →", axis.name.get(lang)))
            .unwrap_or_default()
    };
    let mut chart = Chart::new()
        .tooltip(
            Tooltip::new()
                .trigger(Trigger::Item)
                .formatter(ITEM_TOOLTIP),
        )
        .legend(Legend::new().top(0))
        .grid(Grid::new().left(36).right(56).top(36).bottom(36))
        .x_axis(ordinal_axis(axis_name("service-capability"), max))
        .y_axis(ordinal_axis(axis_name("infrastructure"), max));
    let mut rows = Vec::new();
    let mut targets = Vec::new();
    for (series, tier) in tiers.iter().enumerate() {
        let base = f64::from(tier.rank) - 1.0;
        let color = tier_color(tier.id);
        let points: Vec<DataPoint> = placements
            .iter()
            .filter(|p| p.tier == tier.id)
            .enumerate()
            .map(|(index, p)| {
                targets.push(((series, index), ChartTarget::Operator(p.operator.clone())));
                let name = operator_name(data, &p.operator, lang);
                rows.push(vec![
                    name.clone(),
                    text(lang, &tier.name),
                    p.rank.to_string(),
                    p.rank.to_string(),
                ]);
                DataPoint::Item(DataPointItem::new(vec![p.x, p.y]).name(name))
            })
            .collect();
        let area = MarkArea::new()
            .silent(true)
            .label(
                Label::new()
                    .show(true)
                    .position(LabelPosition::InsideTop)
                    .color(color)
                    .font_weight("bold")
                    .font_size(13),
            )
            .item_style(ItemStyle::new().color(color).opacity(0.1))
            .data(vec![(
                MarkAreaData::new()
                    .name(text(lang, &tier.name))
                    .x_axis(number(base))
                    .y_axis(number(base)),
                MarkAreaData::new()
                    .x_axis(number(base + 1.0))
                    .y_axis(number(base + 1.0)),
            )]);
        chart = chart.series(
            Scatter::new()
                .name(text(lang, &tier.name))
                .symbol_size(16)
                .item_style(
                    ItemStyle::new()
                        .color(color)
                        .border_color("#fff")
                        .border_width(1),
                )
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Right)
                        .formatter("{b}")
                        .color("#1b2430")
                        .font_size(11),
                )
                .mark_area(area)
                .data(points),
        );
    }
    let axis_column = |id: &str| {
        data.axes
            .iter()
            .find(|axis| axis.id == id)
            .map(|axis| {
                format!(
                    "{} · {}",
                    axis.name.get(lang),
                    lang.t(StrategyUi::OrdinalOn)
                )
            })
            .unwrap_or_default()
    };
    Figure::new(
        chart,
        ChartTable {
            columns: vec![
                lang.t(StrategyUi::Operator).to_string(),
                lang.t(StrategyUi::Tier).to_string(),
                axis_column("service-capability"),
                axis_column("infrastructure"),
            ],
            rows,
        },
    )
    .with_targets(targets)
}

// ---------- investments ----------

fn investment_operators(data: &Dataset, inv: &InvestmentRef<'_>, lang: Lang) -> String {
    inv.example
        .operators
        .iter()
        .map(|id| operator_name(data, id, lang))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The distinct units of the stated sums of money (each gets its own chart; never converted).
pub fn money_units(data: &Dataset) -> Vec<Text> {
    let mut units: Vec<Text> = Vec::new();
    for inv in profile::all_investments(data) {
        if inv.is_money() && !units.contains(&inv.investment.amount.unit) {
            units.push(inv.investment.amount.unit.clone());
        }
    }
    units
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

/// The skeleton of the investment charts: one horizontal bar per category, top to bottom in
/// the order given, each labelled with its value by `template` (a fixed template, never data).
/// `value_axis` brings the axis's name (the unit) and its range, if fixed.
fn horizontal_bars(
    value_axis: Axis,
    categories: Vec<String>,
    name: String,
    color: &'static str,
    template: &'static str,
    values: Vec<CompositeValue>,
) -> Chart {
    Chart::new()
        .tooltip(value_tooltip())
        .grid(
            Grid::new()
                .left(16)
                .right(48)
                .top(16)
                .bottom(40)
                .contain_label(true),
        )
        .x_axis(
            value_axis
                .type_(AxisType::Value)
                .name_location(NameLocation::Middle)
                .name_gap(26),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(categories),
        )
        .series(
            Bar::new()
                .name(name)
                .bar_width(18)
                .item_style(ItemStyle::new().color(color))
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Right)
                        .formatter(template),
                )
                .data(values),
        )
}

/// The stated sums of money in one unit (zh spelling `unit_zh`), as the report gives them:
/// one bar per stated amount, nothing added up or converted.
pub fn money_investments(data: &Dataset, lang: Lang, unit_zh: &str) -> Figure {
    let investments: Vec<InvestmentRef<'_>> = profile::all_investments(data)
        .into_iter()
        .filter(|inv| inv.is_money() && inv.investment.amount.unit.zh == unit_zh)
        .filter(|inv| inv.investment.amount.value.is_some())
        .collect();
    let unit = investments
        .first()
        .map(|inv| text(lang, &inv.investment.amount.unit))
        .unwrap_or_default();
    let mut categories = Vec::new();
    let mut values = Vec::new();
    let mut rows = Vec::new();
    for inv in &investments {
        let amount = &inv.investment.amount;
        let Some(value) = amount.value else { continue };
        let who = investment_operators(data, inv, lang);
        let stated = amount_text(amount);
        categories.push(format!("{who}: {}", stated.get(lang)));
        values.push(bar_value(value));
        rows.push(vec![
            who,
            stated.get(lang).to_string(),
            number(value),
            format!(
                "{}{}",
                text(lang, &amount.unit),
                inv.investment
                    .currency
                    .as_ref()
                    .map(|c| format!(" ({c})"))
                    .unwrap_or_default()
            ),
            inv.investment
                .period
                .as_ref()
                .map(|p| text(lang, p))
                .unwrap_or_else(|| lang.t(Ui::NotStated).to_string()),
            inv.investment
                .purpose
                .as_ref()
                .map(|p| text(lang, p))
                .unwrap_or_else(|| lang.t(Ui::NotStated).to_string()),
            text(lang, &inv.measure.name),
            inv.example.cite.page.to_string(),
        ]);
    }
    let chart = horizontal_bars(
        Axis::new().name(unit.clone()),
        categories,
        format!("{} ({unit})", lang.t(StrategyUi::StatedAmount)),
        "#0b4f8a",
        "{c}",
        values,
    );
    table_figure(
        chart,
        lang,
        &[
            StrategyUi::Operator,
            StrategyUi::StatedAmount,
            StrategyUi::ValueCharted,
            StrategyUi::Unit,
            StrategyUi::Period,
            StrategyUi::Purpose,
            StrategyUi::Measure,
            StrategyUi::PageColumn,
        ],
        rows,
    )
}

/// Stated shares of investment (SKT 12% → 33%) as shares in %, apart from money: for each,
/// the starting share (if stated) and the stated share.
pub fn share_investments(data: &Dataset, lang: Lang) -> Figure {
    let mut categories = Vec::new();
    let mut values = Vec::new();
    let mut rows = Vec::new();
    for inv in profile::all_investments(data) {
        let amount = &inv.investment.amount;
        if inv.is_money() || amount.kind != MetricKind::Share {
            continue;
        }
        let Some(value) = amount.value else { continue };
        let who = investment_operators(data, &inv, lang);
        let unit = text(lang, &amount.unit);
        let before = amount
            .baseline
            .as_ref()
            .map(|b| text(lang, b))
            .unwrap_or_else(|| lang.t(StrategyUi::Before).to_string());
        let after = inv
            .investment
            .period
            .as_ref()
            .map(|p| text(lang, p))
            .unwrap_or_else(|| lang.t(StrategyUi::After).to_string());
        let mut points = Vec::new();
        if let Some(from) = amount.from {
            points.push((before, from));
        }
        points.push((after, value));
        for (point, v) in points {
            categories.push(format!("{who} · {point}"));
            values.push(bar_value(v));
            rows.push(vec![
                who.clone(),
                point,
                number(v),
                unit.clone(),
                amount.wording.clone(),
                inv.example.cite.page.to_string(),
            ]);
        }
    }
    let chart = horizontal_bars(
        Axis::new().min(0).max(100).name("%"),
        categories,
        lang.t(StrategyUi::ShareChartLabel).to_string(),
        "#5ad8a6",
        "{c}%",
        values,
    );
    table_figure(
        chart,
        lang,
        &[
            StrategyUi::Operator,
            StrategyUi::Point,
            StrategyUi::ValueCharted,
            StrategyUi::Unit,
            StrategyUi::StatedAmount,
            StrategyUi::PageColumn,
        ],
        rows,
    )
}

/// Investments that are neither money nor a share (e.g. a growth rate): listed, not charted.
pub fn uncharted_investments(data: &Dataset) -> Vec<InvestmentRef<'_>> {
    profile::all_investments(data)
        .into_iter()
        .filter(|inv| !inv.is_money() && inv.investment.amount.kind != MetricKind::Share)
        .collect()
}

// ---------- cases per domain (compare, profile) ----------

/// Cases per domain for each column of a comparison (or one operator): grouped bars, one
/// series per column. A column with no case at all is "not stated": empty, not zero.
pub fn cases_per_domain(data: &Dataset, lang: Lang, selection: &Selection) -> Figure {
    let table = crate::domain::compare::compare_table(data, selection);
    let domains: Vec<String> = Domain::ALL
        .iter()
        .map(|d| domain_name(*d, lang).to_string())
        .collect();
    let case_rows: Vec<_> = table
        .rows
        .iter()
        .filter(|row| matches!(row.kind, crate::domain::compare::RowKind::Cases(_)))
        .collect();
    let not_stated = lang.t(Ui::NotStated).to_string();
    let mut chart =
        column_bars(40, domains.clone(), Axis::new().min_interval(1)).legend(Legend::new().top(0));
    for (index, column) in table.columns.iter().enumerate() {
        let color = match (selection.is_tiers(), column.tier) {
            (true, Some(tier)) => tier_color(tier),
            _ => PALETTE[index % PALETTE.len()],
        };
        let values: Vec<CompositeValue> = case_rows
            .iter()
            .map(|row| match row.cells.get(index) {
                Some(Cell::Count(n)) => CompositeValue::from(*n as i64),
                _ => CompositeValue::from(EMPTY),
            })
            .collect();
        chart = chart.series(
            Bar::new()
                .name(text(lang, &column.name))
                .item_style(ItemStyle::new().color(color))
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Top)
                        .formatter("{c}"),
                )
                .data(values),
        );
    }
    let mut columns = vec![lang.t(StrategyUi::Domain).to_string()];
    columns.extend(table.columns.iter().map(|c| text(lang, &c.name)));
    let rows = case_rows
        .iter()
        .zip(domains)
        .map(|(row, domain)| {
            let mut cells = vec![domain];
            cells.extend(row.cells.iter().map(|cell| match cell {
                Cell::Count(n) => n.to_string(),
                _ => not_stated.clone(),
            }));
            cells
        })
        .collect();
    Figure::new(chart, ChartTable { columns, rows })
}

// ---------- overview ----------

fn indicator_label(indicator: &Indicator, lang: Lang) -> String {
    format!(
        "{} ({})",
        indicator.subject.get(lang),
        period_text(indicator, lang)
    )
}

/// The period the report attaches to an indicator, or "not stated".
fn period_text(indicator: &Indicator, lang: Lang) -> String {
    match &indicator.period {
        Some(period) => period.get(lang).to_string(),
        None => lang.t(Ui::NotStated).to_string(),
    }
}

/// The indicators of the capex-opex group, as stated.
pub fn capex_opex_indicators(data: &Dataset) -> Vec<&Indicator> {
    data.indicators
        .iter()
        .filter(|i| {
            i.group == IndicatorGroup::CapexOpex
                && i.metric.value.is_some()
                && i.metric.unit.zh == "%"
        })
        .collect()
}

/// CAPEX and OPEX as a share of revenue: one category per subject and period, one series per
/// measure; a measure the report does not give for a subject is empty, not zero.
pub fn capex_opex(data: &Dataset, lang: Lang) -> Figure {
    let indicators = capex_opex_indicators(data);
    let mut categories: Vec<String> = Vec::new();
    let mut measures: Vec<&Text> = Vec::new();
    for ind in &indicators {
        let label = indicator_label(ind, lang);
        if !categories.contains(&label) {
            categories.push(label);
        }
        if !measures.iter().any(|m| **m == ind.metric.measure) {
            measures.push(&ind.metric.measure);
        }
    }
    let mut chart = column_bars(
        48,
        categories.iter().map(|c| wrap(c)).collect(),
        Axis::new().min(0).max(100),
    )
    .legend(Legend::new().top(0));
    let colors = ["#0b4f8a", "#e8684a"];
    for (m, measure) in measures.iter().enumerate() {
        let values: Vec<CompositeValue> = categories
            .iter()
            .map(|category| {
                indicators
                    .iter()
                    .find(|i| {
                        i.metric.measure == **measure && indicator_label(i, lang) == *category
                    })
                    .and_then(|i| i.metric.value)
                    .map(bar_value)
                    .unwrap_or_else(|| CompositeValue::from(EMPTY))
            })
            .collect();
        chart = chart.series(
            Bar::new()
                .name(text(lang, measure))
                .item_style(ItemStyle::new().color(colors[m % colors.len()]))
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Top)
                        .formatter("{c}%"),
                )
                .data(values),
        );
    }
    let rows = indicators
        .iter()
        .map(|i| {
            vec![
                text(lang, &i.subject),
                text(lang, &i.metric.measure),
                period_text(i, lang),
                i.metric.value.map(number).unwrap_or_default(),
                amount_text(&i.metric).get(lang).to_string(),
                i.cite.page.to_string(),
            ]
        })
        .collect();
    table_figure(
        chart,
        lang,
        &[
            StrategyUi::Subject,
            StrategyUi::Indicator,
            StrategyUi::Period,
            StrategyUi::ValueCharted,
            StrategyUi::StatedAmount,
            StrategyUi::PageColumn,
        ],
        rows,
    )
}

/// Breaks a long axis label into short lines (at spaces, before the bracketed period) so
/// that neighbouring labels don't run into each other.
fn wrap(label: &str) -> String {
    const WIDTH: usize = 18;
    let mut lines: Vec<String> = Vec::new();
    for part in label.replacen(" (", "\n(", 1).split('\n') {
        let mut line = String::new();
        for word in part.split(' ') {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > WIDTH {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines.join("\n")
}

/// The growth indicators that the report gives for the same subject, measure and unit over
/// two or more periods (十三五 vs 十四五 revenue CAGR): the ones that may share an axis.
pub fn growth_series(data: &Dataset) -> Vec<&Indicator> {
    let growth: Vec<&Indicator> = data
        .indicators
        .iter()
        .filter(|i| i.group == IndicatorGroup::Growth && i.metric.value.is_some())
        .collect();
    for first in &growth {
        let same: Vec<&Indicator> = growth
            .iter()
            .copied()
            .filter(|i| {
                i.subject == first.subject
                    && i.metric.measure == first.metric.measure
                    && i.metric.unit == first.metric.unit
                    && i.metric.kind == first.metric.kind
            })
            .collect();
        let periods = same.iter().filter_map(|i| i.period.as_ref()).fold(
            Vec::new(),
            |mut acc: Vec<&Text>, p| {
                if !acc.contains(&p) {
                    acc.push(p);
                }
                acc
            },
        );
        if periods.len() == same.len() && same.len() >= 2 {
            return same;
        }
    }
    Vec::new()
}

/// The comparable growth figures over their periods as bars, exactly as stated.
pub fn growth(data: &Dataset, lang: Lang) -> Figure {
    let series = growth_series(data);
    let unit = series
        .first()
        .map(|i| text(lang, &i.metric.unit))
        .unwrap_or_default();
    let name = series
        .first()
        .map(|i| format!("{} · {}", i.subject.get(lang), i.metric.measure.get(lang)))
        .unwrap_or_default();
    let categories: Vec<String> = series.iter().map(|i| period_text(i, lang)).collect();
    // A choice between fixed templates, never a template made of data.
    let template = if series.iter().all(|i| i.metric.unit.zh == "%") {
        "{c}%"
    } else {
        "{c}"
    };
    let values: Vec<CompositeValue> = series
        .iter()
        .filter_map(|i| i.metric.value)
        .map(bar_value)
        .collect();
    let chart = column_bars(
        24,
        categories.clone(),
        Axis::new().min(0).name(unit.clone()),
    )
    .series(
        Bar::new()
            .name(name)
            .bar_width(48)
            .item_style(ItemStyle::new().color(Color::from("#0b4f8a")))
            .label(
                Label::new()
                    .show(true)
                    .position(LabelPosition::Top)
                    .formatter(template),
            )
            .data(values),
    );
    let rows = series
        .iter()
        .map(|i| {
            vec![
                period_text(i, lang),
                i.metric.value.map(number).unwrap_or_default(),
                unit.clone(),
                i.metric.wording.clone(),
                i.cite.page.to_string(),
            ]
        })
        .collect();
    table_figure(
        chart,
        lang,
        &[
            StrategyUi::Period,
            StrategyUi::ValueCharted,
            StrategyUi::Unit,
            StrategyUi::StatedAmount,
            StrategyUi::PageColumn,
        ],
        rows,
    )
}
