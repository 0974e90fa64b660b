//! What chapters 一–四 say is in `data/`: operators' models apart from their platforms and
//! compute, the qualitative findings, and one record per application.

mod common;

use bluebook::domain::Fact;

fn labels(facts: &[Fact]) -> Vec<&str> {
    facts.iter().map(|fact| fact.label.zh.as_str()).collect()
}

#[test]
fn models_are_models_and_no_item_is_listed_twice() {
    let data = common::real_dataset();
    for op in &data.operators {
        for label in labels(&op.models) {
            let platform_word = ["平台", "大脑", "数联网", "一体化智算服务体系", "基座"]
                .iter()
                .any(|word| label.contains(word) && !label.contains("大模型"));
            assert!(
                !platform_word,
                "{}: '{label}' is a platform, listed as a model",
                op.id
            );
        }
        for (list, facts) in [
            ("models", &op.models),
            ("platforms", &op.platforms),
            ("compute_layouts", &op.compute_layouts),
        ] {
            let mut seen = labels(facts);
            seen.sort_unstable();
            let before = seen.len();
            seen.dedup();
            assert_eq!(
                seen.len(),
                before,
                "{}: an item is listed twice in {list}",
                op.id
            );
        }
    }
}

#[test]
fn the_chinese_operators_platforms_and_compute_are_there() {
    let data = common::real_dataset();
    let op = |id: &str| {
        data.operators
            .iter()
            .find(|op| op.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let has = |facts: &[Fact], words: &str| {
        facts.iter().any(|f| {
            f.label.zh.contains(words) || f.detail.as_ref().is_some_and(|d| d.zh.contains(words))
        })
    };
    let telecom = op("china-telecom");
    assert!(has(&telecom.platforms, "息壤") && has(&telecom.platforms, "云骁"));
    assert!(has(&telecom.compute_layouts, "万卡") && has(&telecom.compute_layouts, "21EFLOPS"));
    let mobile = op("china-mobile");
    assert!(has(&mobile.platforms, "算网大脑") && has(&mobile.platforms, "梧桐大数据平台"));
    assert!(has(&mobile.compute_layouts, "万卡级"));
    let unicom = op("china-unicom");
    assert!(
        has(&unicom.compute_layouts, "粤港澳大湾区") && has(&unicom.compute_layouts, "国产化适配")
    );
}

#[test]
fn the_reports_qualitative_findings_are_records() {
    let data = common::real_dataset();
    let stated = |words: &str| {
        data.findings
            .iter()
            .any(|f| f.statement.zh.replace(' ', "").contains(words))
    };
    assert!(stated("达到L3"), "network automation L3");
    assert!(stated("L4"), "toward L4 in 2025");
    assert!(stated("DCMM5"), "DCMM5 certification");
    assert!(
        stated("MWC2024")
            || data.findings.iter().any(|f| f
                .cite
                .quote
                .as_deref()
                .is_some_and(|q| q.contains("MWC 2024"))),
        "GSMA survey"
    );
}

#[test]
fn one_box_with_four_applications_is_four_records() {
    let data = common::real_dataset();
    assert!(
        data.cases
            .iter()
            .all(|c| c.id != "china-mobile-enterprise-llm"),
        "the merged record is gone"
    );
    let applications: Vec<_> = data
        .cases
        .iter()
        .filter(|c| c.id.starts_with("china-mobile-enterprise-llm-"))
        .collect();
    assert_eq!(
        applications.len(),
        4,
        "Heilongjiang, Fujian, manufacturing safety, Lankao"
    );
    for words in ["黑龙江", "福建", "安全", "兰考"] {
        assert!(
            applications
                .iter()
                .filter(|c| c.summary.zh.contains(words))
                .count()
                == 1,
            "{words} is in exactly one record"
        );
    }
}
