//! A stated figure as display text in both languages, built only from what the report
//! states: the number as given, its qualifier, unit, direction and baseline. Nothing is
//! rounded, converted or combined with another figure.

use super::model::{Direction, Metric, Text};

/// A stated number without invented precision: 7.3 stays 7.3, 500 stays 500.
pub fn number(n: f64) -> String {
    let text = format!("{n}");
    text.strip_suffix(".0").map(str::to_string).unwrap_or(text)
}

/// The bare number part: `500`, `30–40`, or `12 → 33` (from → to), without unit.
fn numbers(metric: &Metric, unit: &str) -> String {
    let with_unit = |n: f64| format!("{}{unit}", number(n));
    match (metric.value, metric.range, metric.from) {
        (Some(value), _, Some(from)) => format!("{} → {}", with_unit(from), with_unit(value)),
        (Some(value), _, None) => with_unit(value),
        (None, Some([low, high]), _) => format!("{}–{}", number(low), with_unit(high)),
        (None, None, _) => String::new(),
    }
}

/// The unit as it joins a number: `%` and Chinese units attach, English words take a space.
fn unit_suffix(unit: &str, english: bool) -> String {
    if unit.is_empty() || unit == "%" || !english {
        unit.to_string()
    } else {
        format!(" {unit}")
    }
}

const ZH_AFTER_NUMBER: [&str; 3] = ["多", "余", "级"];
const ZH_AFTER_UNIT: [&str; 5] = ["以上", "左右", "上", "+", "以下"];
const EN_AFTER: [&str; 4] = ["or above", "or more", "plus", "or below"];

fn one_language(metric: &Metric, english: bool) -> String {
    let pick = |text: &Text| {
        if english {
            text.en.clone()
        } else {
            text.zh.clone()
        }
    };
    let unit = unit_suffix(&pick(&metric.unit), english);
    let core = numbers(metric, &unit);
    let mut out = match metric.qualifier.as_ref().map(pick) {
        // 约…多 wraps the number: 约 500 多 / approximately 500-plus.
        Some(qualifier) if qualifier.contains('…') => {
            let (before, after) = qualifier.split_once('…').unwrap_or((&qualifier, ""));
            let (before, after) = (before.trim(), after.trim());
            let number_part = numbers(metric, "");
            let unit_part = unit.clone();
            if english {
                format!("{before} {number_part}{after}{unit_part}")
            } else {
                format!("{before}{number_part}{after}{unit_part}")
            }
        }
        // Chinese 多/余 stand between number and unit (500多亿美元); 以上/左右 follow the unit
        // (9.5%以上); English "or above", "plus" follow the figure; the rest lead.
        Some(qualifier) if !english && ZH_AFTER_NUMBER.contains(&qualifier.as_str()) => {
            format!("{}{qualifier}{unit}", numbers(metric, ""))
        }
        Some(qualifier) if !english && ZH_AFTER_UNIT.contains(&qualifier.as_str()) => {
            format!("{core}{qualifier}")
        }
        Some(qualifier) if english && EN_AFTER.contains(&qualifier.as_str()) => {
            format!("{core} {qualifier}")
        }
        Some(qualifier) if english => format!("{qualifier} {core}"),
        Some(qualifier) => format!("{qualifier}{core}"),
        None => core,
    };
    match metric.direction {
        Some(Direction::Up) => out = format!("↑ {out}"),
        Some(Direction::Down) => out = format!("↓ {out}"),
        None => {}
    }
    if let Some(baseline) = metric.baseline.as_ref().map(pick) {
        // In "from 12% (the past five years) to 33%" the baseline belongs to the start.
        let start = metric.from.map(|from| format!("{}{unit}", number(from)));
        if let Some(start) = start.filter(|start| out.contains(&format!("{start} → "))) {
            let marked = if english {
                format!("{start} ({baseline}) → ")
            } else {
                format!("{start}（{baseline}）→ ")
            };
            return out.replacen(&format!("{start} → "), &marked, 1);
        }
        if english {
            out = format!("{out} ({baseline})");
        } else {
            out = format!("{out}（{baseline}）");
        }
    }
    out
}

/// The figure as short display text, e.g. `约500多亿美元` / `approximately 500-plus ×100 million USD`,
/// `12% → 33%`, `↑ 30–40%（比较 2023年）`.
pub fn amount_text(metric: &Metric) -> Text {
    Text {
        zh: one_language(metric, false),
        en: one_language(metric, true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::MetricKind;

    fn text(zh: &str, en: &str) -> Text {
        Text {
            zh: zh.into(),
            en: en.into(),
        }
    }

    fn metric() -> Metric {
        Metric {
            measure: text("投资", "investment"),
            value: Some(500.0),
            range: None,
            from: None,
            unit: text("亿美元", "×100 million USD"),
            direction: None,
            kind: MetricKind::Scale,
            qualifier: None,
            baseline: None,
            wording: "投资约500 多亿美元".into(),
        }
    }

    #[test]
    fn wrapping_qualifier_surrounds_the_number() {
        let mut m = metric();
        m.qualifier = Some(text("约…多", "approximately … -plus"));
        let t = amount_text(&m);
        assert_eq!(t.zh, "约500多亿美元");
        assert_eq!(t.en, "approximately 500-plus ×100 million USD");
    }

    #[test]
    fn from_to_share_and_ranges_with_baseline() {
        let mut m = metric();
        m.value = Some(33.0);
        m.from = Some(12.0);
        m.unit = text("%", "%");
        m.direction = Some(Direction::Up);
        assert_eq!(amount_text(&m).zh, "↑ 12% → 33%");
        m.baseline = Some(text("过去五年", "the past five years"));
        assert_eq!(amount_text(&m).zh, "↑ 12%（过去五年）→ 33%");
        assert_eq!(amount_text(&m).en, "↑ 12% (the past five years) → 33%");
        let mut r = metric();
        r.value = None;
        r.range = Some([30.0, 40.0]);
        r.unit = text("%", "%");
        r.baseline = Some(text("比较 2023年", "compared with 2023"));
        assert_eq!(amount_text(&r).zh, "30–40%（比较 2023年）");
        assert_eq!(amount_text(&r).en, "30–40% (compared with 2023)");
    }

    #[test]
    fn qualifiers_stand_where_each_language_puts_them() {
        let mut m = metric();
        m.value = Some(9.5);
        m.unit = text("%", "%");
        m.qualifier = Some(text("以上", "or above"));
        assert_eq!(amount_text(&m).zh, "9.5%以上");
        assert_eq!(amount_text(&m).en, "9.5% or above");
        m.qualifier = Some(text("左右", "about"));
        assert_eq!(amount_text(&m).zh, "9.5%左右");
        assert_eq!(amount_text(&m).en, "about 9.5%");
        let mut n = metric();
        n.qualifier = Some(text("多", "more than"));
        assert_eq!(amount_text(&n).zh, "500多亿美元");
        assert_eq!(amount_text(&n).en, "more than 500 ×100 million USD");
        n.qualifier = Some(text("超过", "more than"));
        assert_eq!(amount_text(&n).zh, "超过500亿美元");
    }

    #[test]
    fn numbers_keep_their_precision() {
        assert_eq!(number(1.4), "1.4");
        assert_eq!(number(3.86), "3.86");
        assert_eq!(number(500.0), "500");
    }
}
