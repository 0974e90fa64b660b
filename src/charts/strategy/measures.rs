//! The stated investments of the five measures: sums of money one chart per unit, shares
//! apart. Which investments each chart carries is chosen in [`crate::domain::investments`].

use charming::component::{Axis, Grid};
use charming::datatype::CompositeValue;
use charming::element::{AxisType, ItemStyle, Label, LabelPosition, NameLocation};
use charming::series::Bar;
use charming::Chart;

use super::{bar_value, operator_name, table_figure, text, value_tooltip};
use crate::charts::Figure;
use crate::domain::amount::{amount_text, number};
use crate::domain::investments::{money_in_unit, stated_shares};
use crate::domain::profile::InvestmentRef;
use crate::domain::Dataset;
use crate::i18n::strategy::StrategyUi;
use crate::i18n::{Lang, Ui};

fn investment_operators(data: &Dataset, inv: &InvestmentRef<'_>, lang: Lang) -> String {
    inv.example
        .operators
        .iter()
        .map(|id| operator_name(data, id, lang))
        .collect::<Vec<_>>()
        .join(" / ")
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
    let investments = money_in_unit(data, unit_zh);
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
    for inv in stated_shares(data) {
        let amount = &inv.investment.amount;
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
