//! Charts of the case explorer, built from the current result (indices into `data.cases`).
//!
//! * Cases by domain, stacked by operator or organisation; a click resolves to filters.
//! * Stated outcomes of one comparable group (same kind AND same unit), one bar per figure:
//!   never added, averaged or converted.

use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisType, Tooltip, Trigger};
use charming::series::Bar;
use charming::Chart;

use super::{number, ChartTable, ChartTarget, Figure};
use crate::domain::amount::figure_text;
use crate::domain::figures::counted_outcomes;
use crate::domain::outcomes::{domain_counts, group_key, DomainCounts, OutcomeGroup};
use crate::domain::query::{ChartBy, Facet};
use crate::domain::{Case, Dataset, Direction, Domain, Metric};
use crate::i18n::cases::CaseUi;
use crate::i18n::Ui;
use crate::i18n::{domain_name, metric_kind_name, Lang};

/// At most this many bars in the outcomes chart (the largest figures).
pub const MAX_BARS: usize = 40;

/// A stacked series of the domain chart: what clicking it filters by.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesKey {
    pub label: String,
    /// `None` for the pooled "Others" series.
    pub filter: Option<(Facet, String)>,
}

/// The domain chart with what is needed to turn a click into filters.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainChart {
    pub figure: Figure,
    /// Category labels in axis order with their domain.
    pub categories: Vec<(String, Domain)>,
    pub series: Vec<SeriesKey>,
}

fn series_label(data: &Dataset, (facet, id): &(Facet, String), lang: Lang) -> String {
    let name = match facet {
        Facet::Op => data
            .operators
            .iter()
            .find(|op| &op.id == id)
            .map(|op| op.name.get(lang).to_string()),
        _ => data
            .organisations
            .iter()
            .find(|org| &org.id == id)
            .map(|org| org.name.get(lang).to_string()),
    };
    name.unwrap_or_else(|| id.clone())
}

/// Cases by domain ([`domain_counts`]), stacked by `by`; each bar's click target is its
/// domain and its series' facet value.
pub fn cases_by_domain(data: &Dataset, cases: &[usize], lang: Lang, by: ChartBy) -> DomainChart {
    let DomainCounts {
        domains,
        totals,
        series: counted,
    } = domain_counts(data, cases, by);
    let series: Vec<SeriesKey> = counted
        .iter()
        .map(|s| SeriesKey {
            label: match &s.filter {
                Some(key) => series_label(data, key, lang),
                None => lang.t(CaseUi::ChartOthers).to_string(),
            },
            filter: s.filter.clone(),
        })
        .collect();
    let rows: Vec<Vec<u32>> = counted.into_iter().map(|s| s.counts).collect();
    let categories: Vec<(String, Domain)> = domains
        .iter()
        .map(|d| (domain_name(*d, lang).to_string(), *d))
        .collect();

    let mut chart = Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(
            Legend::new()
                .type_(charming::component::LegendType::Scroll)
                .top(0),
        )
        .grid(
            Grid::new()
                .left(40)
                .right(16)
                .top(56)
                .bottom(32)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(categories.iter().map(|(label, _)| label.clone()).collect()),
        )
        .y_axis(Axis::new().type_(AxisType::Value).min_interval(1));
    for (key, row) in series.iter().zip(&rows) {
        chart = chart.series(
            Bar::new()
                .name(key.label.clone())
                .stack("cases")
                .data(row.iter().map(|&n| i64::from(n)).collect()),
        );
    }

    let mut columns = vec![lang.t(CaseUi::ColDomain).to_string()];
    columns.extend(series.iter().map(|key| key.label.clone()));
    columns.push(match lang {
        Lang::Zh => "合计（不重复）".to_string(),
        Lang::En => "Total (distinct cases)".to_string(),
    });
    let table_rows = categories
        .iter()
        .enumerate()
        .map(|(d, (label, _))| {
            let mut row = vec![label.clone()];
            row.extend(rows.iter().map(|r| r[d].to_string()));
            row.push(totals[d].to_string());
            row
        })
        .collect();
    // A bar stands for its domain and its series' facet value ("Others" pools several).
    let targets = series
        .iter()
        .enumerate()
        .filter_map(|(s, key)| key.filter.clone().map(|filter| (s, filter)))
        .flat_map(|(s, (facet, value))| {
            categories.iter().enumerate().map(move |(d, (_, domain))| {
                let target = ChartTarget::Filter {
                    domain: *domain,
                    facet,
                    value: value.clone(),
                };
                ((s, d), target)
            })
        })
        .collect();
    DomainChart {
        figure: Figure::new(
            chart,
            ChartTable {
                columns,
                rows: table_rows,
            },
        )
        .with_targets(targets),
        categories,
        series,
    }
}

// ---------- outcomes ----------

fn direction_key(direction: Option<Direction>) -> CaseUi {
    match direction {
        Some(Direction::Up) => CaseUi::DirectionUp,
        Some(Direction::Down) => CaseUi::DirectionDown,
        None => CaseUi::DirectionNone,
    }
}

fn short(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_string()
    } else {
        let cut: String = text.chars().take(chars).collect();
        format!("{cut}…")
    }
}

/// The figures of one group as bars (largest first), split into up / down / not-stated series.
pub fn outcomes_chart(data: &Dataset, cases: &[usize], lang: Lang, group: &str) -> (Figure, usize) {
    let mut figures: Vec<(&Case, &Metric)> = Vec::new();
    for case in cases.iter().filter_map(|&i| data.cases.get(i)) {
        for metric in counted_outcomes(data, case) {
            if group_key(metric) == group {
                figures.push((case, metric));
            }
        }
    }
    let total = figures.len();
    figures.sort_by(|a, b| {
        let (x, y) = (a.1.magnitude(), b.1.magnitude());
        y.unwrap_or(f64::MIN).total_cmp(&x.unwrap_or(f64::MIN))
    });
    figures.truncate(MAX_BARS);

    let labels: Vec<String> = figures
        .iter()
        .map(|(case, metric)| {
            let arrow = match metric.direction {
                Some(Direction::Up) => "↑ ",
                Some(Direction::Down) => "↓ ",
                None => "",
            };
            format!(
                "{arrow}{} · {}",
                short(metric.measure.get(lang), 14),
                short(case.title.get(lang), 16)
            )
        })
        .collect();
    let directions = [Some(Direction::Up), Some(Direction::Down), None];
    let mut chart = Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new().top(0))
        .grid(
            Grid::new()
                .left(8)
                .right(24)
                .top(32)
                .bottom(16)
                .contain_label(true),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(labels.clone()),
        )
        .x_axis(Axis::new().type_(AxisType::Value));
    for direction in directions {
        if !figures.iter().any(|(_, m)| m.direction == direction) {
            continue;
        }
        let values: Vec<Option<f64>> = figures
            .iter()
            .map(|(_, m)| (m.direction == direction).then(|| m.magnitude()).flatten())
            .collect();
        chart = chart.series(
            Bar::new()
                .name(lang.t(direction_key(direction)))
                .stack("figure")
                .data(values),
        );
    }
    let columns = [
        CaseUi::ColTitle,
        CaseUi::Measure,
        CaseUi::Value,
        CaseUi::Direction,
        CaseUi::Baseline,
        CaseUi::Wording,
    ]
    .iter()
    .map(|key| lang.t(*key).to_string())
    .collect();
    let rows = figures
        .iter()
        .map(|(case, metric)| {
            let baseline = match (&metric.baseline, metric.from) {
                (Some(b), _) => b.get(lang).to_string(),
                (None, Some(from)) => format!("{} {}", lang.t(CaseUi::From), number(from)),
                (None, None) => lang.t(Ui::NotStated).to_string(),
            };
            vec![
                case.title.get(lang).to_string(),
                metric.measure.get(lang).to_string(),
                figure_text(metric, lang),
                lang.t(direction_key(metric.direction)).to_string(),
                baseline,
                metric.wording.clone(),
            ]
        })
        .collect();
    (Figure::new(chart, ChartTable { columns, rows }), total)
}

/// "Efficiency · %" for a group.
pub fn group_name(group: &OutcomeGroup, lang: Lang) -> String {
    format!(
        "{} · {}",
        metric_kind_name(group.kind, lang),
        group.unit.get(lang)
    )
}
