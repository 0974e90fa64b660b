//! The overview's figures: growth over comparable periods and CAPEX/OPEX as a share of
//! revenue, exactly as stated. Which indicators they carry is chosen in
//! [`crate::domain::indicators`].

use charming::component::{Axis, Legend};
use charming::datatype::CompositeValue;
use charming::element::{Color, ItemStyle, Label, LabelPosition};
use charming::series::Bar;

use super::{bar_value, column_bars, table_figure, text, EMPTY};
use crate::charts::Figure;
use crate::domain::amount::{amount_text, number};
use crate::domain::indicators::{capex_opex_indicators, growth_series};
use crate::domain::{Dataset, Indicator, Text};
use crate::i18n::strategy::StrategyUi;
use crate::i18n::{Lang, Ui};

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
