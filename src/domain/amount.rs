//! A stated figure as display text in both languages, built only from what the report
//! states: the number as given, its qualifier, unit, direction and baseline. Nothing is
//! rounded, converted or combined with another figure.

use super::model::{Direction, Metric, Text};
use crate::i18n::Lang;

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

/// Where a qualifier stands in a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Placement {
    /// 超 50 个 · more than 50 models
    BeforeNumber,
    /// 六百多家 → 600多家 · 200-plus datasets
    BetweenNumberAndUnit,
    /// 9.5%以上 · 30% or more
    AfterUnit,
}

fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || "零一二两三四五六七八九十百千".contains(c)
}

/// Where the report's own wording puts the zh qualifier: after the unit (9.5%以上, 1PB+,
/// 百万级), between a number and the unit (六百多家, 200+个, 一百余种), or before the number.
fn zh_placement(metric: &Metric, qualifier: &str) -> Placement {
    let squeeze = |text: &str| -> String { text.chars().filter(|c| !c.is_whitespace()).collect() };
    let (wording, unit) = (squeeze(&metric.wording), squeeze(&metric.unit.zh));
    let after_number = |at: usize| wording[..at].chars().next_back().is_some_and(is_numeral);
    if !unit.is_empty() && wording.contains(&format!("{unit}{qualifier}")) {
        return Placement::AfterUnit;
    }
    match wording.find(qualifier) {
        Some(at) if after_number(at) && unit.is_empty() => Placement::AfterUnit,
        Some(at) if after_number(at) => Placement::BetweenNumberAndUnit,
        _ => Placement::BeforeNumber,
    }
}

/// English puts "or more" / "or above" after the figure, joins "plus" to the number
/// (200-plus datasets), and puts every other qualifier first.
fn en_placement(qualifier: &str) -> Placement {
    if qualifier.starts_with("or ") {
        Placement::AfterUnit
    } else if qualifier == "plus" {
        Placement::BetweenNumberAndUnit
    } else {
        Placement::BeforeNumber
    }
}

/// The number, unit and qualifier in one language, as the report places them: the one
/// formatter for every stated figure (cards, tables, charts, exports).
pub fn figure_text(metric: &Metric, lang: Lang) -> String {
    let english = lang == Lang::En;
    let unit = unit_suffix(metric.unit.get(lang), english);
    let Some(qualifier) = metric
        .qualifier
        .as_ref()
        .map(|q| q.get(lang).trim().to_string())
    else {
        return numbers(metric, &unit);
    };
    // 约…多 wraps the number: 约500多亿美元 / approximately 500-plus ×100 million USD.
    if let Some((before, after)) = qualifier.split_once('…') {
        let (before, after) = (before.trim(), after.trim());
        let space = if english { " " } else { "" };
        return format!("{before}{space}{}{after}{unit}", numbers(metric, ""));
    }
    let placement = if english {
        en_placement(&qualifier)
    } else {
        zh_placement(metric, &qualifier)
    };
    match (placement, english) {
        (Placement::BeforeNumber, true) => format!("{qualifier} {}", numbers(metric, &unit)),
        (Placement::BeforeNumber, false) => format!("{qualifier}{}", numbers(metric, &unit)),
        (Placement::BetweenNumberAndUnit, true) => {
            format!("{}-{qualifier}{unit}", numbers(metric, ""))
        }
        (Placement::BetweenNumberAndUnit, false) => {
            format!("{}{qualifier}{unit}", numbers(metric, ""))
        }
        (Placement::AfterUnit, true) => format!("{} {qualifier}", numbers(metric, &unit)),
        (Placement::AfterUnit, false) => format!("{}{qualifier}", numbers(metric, &unit)),
    }
}

fn one_language(metric: &Metric, lang: Lang) -> String {
    let english = lang == Lang::En;
    let unit = unit_suffix(metric.unit.get(lang), english);
    let mut out = figure_text(metric, lang);
    match metric.direction {
        Some(Direction::Up) => out = format!("↑ {out}"),
        Some(Direction::Down) => out = format!("↓ {out}"),
        None => {}
    }
    if let Some(baseline) = metric.baseline.as_ref().map(|b| b.get(lang)) {
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
        zh: one_language(metric, Lang::Zh),
        en: one_language(metric, Lang::En),
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
        m.wording = "净利率维持在 9.5%以上".into();
        m.qualifier = Some(text("以上", "or above"));
        assert_eq!(amount_text(&m).zh, "9.5%以上");
        assert_eq!(amount_text(&m).en, "9.5% or above");
        m.qualifier = Some(text("左右", "about"));
        m.wording = "占比维持在 9.5%左右".into();
        assert_eq!(amount_text(&m).zh, "9.5%左右");
        assert_eq!(amount_text(&m).en, "about 9.5%");
        let mut n = metric();
        n.qualifier = Some(text("多", "more than"));
        assert_eq!(amount_text(&n).zh, "500多亿美元");
        assert_eq!(amount_text(&n).en, "more than 500 ×100 million USD");
        n.qualifier = Some(text("超过", "more than"));
        n.wording = "投资超过 500亿美元".into();
        assert_eq!(amount_text(&n).zh, "超过500亿美元");
    }

    #[test]
    fn the_wording_places_the_zh_qualifier() {
        // (value, unit zh, unit en, qualifier zh, qualifier en, wording, zh shown, en shown)
        let cases = [
            (
                600.0,
                "家",
                "major industry customers",
                "多",
                "more than",
                "赋能六百多家行业大客户",
                "600多家",
                "more than 600 major industry customers",
            ),
            (
                1.0,
                "PB",
                "PB",
                "+",
                "more than",
                "当前日均入湖数据量 1PB+",
                "1PB+",
                "more than 1 PB",
            ),
            (
                200.0,
                "个",
                "datasets",
                "+",
                "plus",
                "大模型高质量训练数据集 200+个",
                "200+个",
                "200-plus datasets",
            ),
            (
                1.0,
                "百万",
                "million tasks",
                "级",
                "on the order of",
                "百万级任务",
                "1百万级",
                "on the order of 1 million tasks",
            ),
        ];
        for (value, unit_zh, unit_en, q_zh, q_en, wording, zh, en) in cases {
            let mut m = metric();
            m.value = Some(value);
            m.unit = text(unit_zh, unit_en);
            m.qualifier = Some(text(q_zh, q_en));
            m.wording = wording.into();
            assert_eq!(amount_text(&m), text(zh, en), "{wording}");
        }
    }

    #[test]
    fn numbers_keep_their_precision() {
        assert_eq!(number(1.4), "1.4");
        assert_eq!(number(3.86), "3.86");
        assert_eq!(number(500.0), "500");
    }
}
