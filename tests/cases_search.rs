//! Search in zh and en over the real cases, and highlight ranges on char boundaries.

mod common;

use bluebook::domain::query::{CaseIndex, CaseQuery};
use bluebook::domain::search::{fold, split, Search};

fn search_ids(qs: &str) -> Vec<String> {
    let data = common::real_dataset();
    let index = CaseIndex::new(&data);
    let query = CaseQuery::default().with_search(qs);
    index
        .run(&query)
        .cases
        .iter()
        .map(|&i| data.cases[i].id.to_string())
        .collect()
}

#[test]
fn chinese_terms_match_as_substrings() {
    assert_eq!(search_ids("谛听"), ["diting-customer-service-agent"]);
    let hits = search_ids("客服");
    assert!(hits.contains(&"diting-customer-service-agent".to_string()));
    // A substring inside a longer word matches in Chinese.
    assert!(search_ids("模型").len() >= search_ids("大模型").len());
    assert!(search_ids("不存在的词语").is_empty());
}

#[test]
fn english_terms_match_word_prefixes_case_insensitively() {
    assert_eq!(search_ids("Diting"), ["diting-customer-service-agent"]);
    assert_eq!(search_ids("DITING"), ["diting-customer-service-agent"]);
    assert_eq!(
        search_ids("diti"),
        ["diting-customer-service-agent"],
        "a prefix matches"
    );
    assert!(
        search_ids("iting").is_empty(),
        "the middle of a word does not"
    );
    let customer = search_ids("cust");
    assert!(customer.contains(&"diting-customer-service-agent".to_string()));
    // Terms combine with AND, in either language.
    let both = search_ids("customer 谛听");
    assert_eq!(both, ["diting-customer-service-agent"]);
    assert!(search_ids("diting zzzz").is_empty());
    // Organisation and technology names are searched too.
    let iflytek = search_ids("iflytek");
    assert!(iflytek.contains(&"iflytek-ai-installation-maintenance".to_string()));
    let kg = search_ids("知识图谱");
    assert!(
        kg.contains(&"diting-customer-service-agent".to_string()),
        "technology name"
    );
}

#[test]
fn latin_terms_inside_chinese_text_match_at_word_starts() {
    // "AI装维" in the zh title: AI starts a word after a space.
    let s = Search::new("ai");
    assert!(s.matches(&["科大讯飞 AI装维解决方案"]));
    assert!(!s.matches(&["maintain"]), "no word starts with ai");
    assert!(
        Search::new("5g").matches(&["推动5G网络"]),
        "after a Chinese character"
    );
}

fn assert_ranges_ok(text: &str, search: &Search, term: &str) {
    let ranges = search.highlight(text);
    let mut last_end = 0;
    for range in &ranges {
        assert!(
            text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
            "{text:?} {range:?}"
        );
        assert!(range.start < range.end);
        assert!(range.start >= last_end, "sorted and disjoint");
        last_end = range.end;
        let piece = &text[range.clone()];
        assert!(
            fold(piece).contains(&fold(term)) || fold(term).contains(&fold(piece)),
            "{piece:?} vs {term:?}"
        );
    }
    // Splitting keeps every character exactly once.
    let parts = split(text, &ranges);
    assert_eq!(parts.iter().map(|(p, _)| *p).collect::<String>(), text);
}

#[test]
fn highlight_ranges_fall_on_char_boundaries() {
    let title = "中国电信“谛听”客服智能体";
    let s = Search::new("谛听");
    let ranges = s.highlight(title);
    assert_eq!(ranges.len(), 1);
    assert_eq!(&title[ranges[0].clone()], "谛听");
    assert_eq!(
        split(title, &ranges),
        vec![("中国电信“", false), ("谛听", true), ("”客服智能体", false)]
    );

    let en = "China Telecom: the \"Diting\" customer-service agent";
    let ranges = Search::new("diting cust").highlight(en);
    let hits: Vec<&str> = ranges.iter().map(|r| &en[r.clone()]).collect();
    assert_eq!(hits, ["Diting", "cust"]);

    // Characters whose lowercase form has another length stay whole.
    let tricky = "İstanbul ΣΟΦΙΑ straße STRASSE Ǆemal 谛听";
    for term in ["i", "istan", "σοφ", "stra", "ǆ", "谛", "听", "ß"] {
        assert_ranges_ok(tricky, &Search::new(term), term);
    }

    // Every real title, summary and name, with terms in both languages.
    let data = common::real_dataset();
    let terms = [
        "大模型",
        "ai",
        "China",
        "智能",
        "%",
        "5G",
        "客服",
        "large",
        "model",
        "a",
        "中国移动",
    ];
    for case in &data.cases {
        for text in [
            &case.title.zh,
            &case.title.en,
            &case.summary.zh,
            &case.summary.en,
        ] {
            for term in terms {
                assert_ranges_ok(text, &Search::new(term), term);
            }
        }
    }
}

#[test]
fn overlapping_matches_merge_into_one_range() {
    let s = Search::new("智能 智能体");
    let text = "客服智能体";
    let ranges = s.highlight(text);
    assert_eq!(ranges.len(), 1);
    assert_eq!(&text[ranges[0].clone()], "智能体");
    assert!(Search::new("   ").is_empty());
    assert!(Search::new("").highlight("abc").is_empty());
}
