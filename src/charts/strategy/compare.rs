//! Cases per domain for the columns of a comparison (or one operator's profile).

use charming::component::{Axis, Legend};
use charming::datatype::CompositeValue;
use charming::element::{ItemStyle, Label, LabelPosition};
use charming::series::Bar;

use super::{column_bars, text, tier_color, EMPTY, PALETTE};
use crate::charts::{ChartTable, Figure};
use crate::domain::compare::{compare_table, Cell, RowKind, Selection};
use crate::domain::Dataset;
use crate::domain::Domain;
use crate::i18n::strategy::StrategyUi;
use crate::i18n::{domain_name, Lang, Ui};

/// Cases per domain for each column of a comparison (or one operator): grouped bars, one
/// series per column. A column with no case at all is "not stated": empty, not zero.
pub fn cases_per_domain(data: &Dataset, lang: Lang, selection: &Selection) -> Figure {
    let table = compare_table(data, selection);
    let domains: Vec<String> = Domain::ALL
        .iter()
        .map(|d| domain_name(*d, lang).to_string())
        .collect();
    let case_rows: Vec<_> = table
        .rows
        .iter()
        .filter(|row| matches!(row.kind, RowKind::Cases(_)))
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
