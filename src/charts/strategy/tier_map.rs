//! The tier map: Figure 6 as a scatter on the report's two axes, read ordinally. Where each
//! operator sits comes from [`crate::domain::tiers::placements`]; here it is only drawn.

use charming::component::{Axis, Grid, Legend};
use charming::datatype::{DataPoint, DataPointItem};
use charming::element::{
    AxisLabel, AxisLine, AxisTick, AxisType, ItemStyle, Label, LabelPosition, LineStyle, MarkArea,
    MarkAreaData, NameLocation, SplitLine, TextStyle, Tooltip, Trigger,
};
use charming::series::Scatter;
use charming::Chart;

use super::{operator_name, text, tier_color, ITEM_TOOLTIP};
use crate::charts::{ChartTable, ChartTarget, Figure};
use crate::domain::amount::number;
use crate::domain::profile;
use crate::domain::tiers::placements;
use crate::domain::Dataset;
use crate::i18n::strategy::StrategyUi;
use crate::i18n::Lang;

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
