//! "Ask the report" (domain::report_search) on the real data and on small made-up datasets:
//! the judged query set, CJK n-grams, stemming, folding, synonyms, literal characters, the
//! 200-character cut, highlight ranges, ranking rules and misses. No timings here: see
//! `cargo run --release --bin search_bench`.

mod common;

use std::sync::OnceLock;

use bluebook::domain::report_search::{
    fold, judge, HitKind, Lang, Notice, ReportIndex, SearchResult, SuggestionSource,
    MAX_QUERY_CHARS,
};
use bluebook::domain::{Cite, Dataset, Finding, IndicatorGroup, Text};

fn index() -> &'static ReportIndex {
    static INDEX: OnceLock<ReportIndex> = OnceLock::new();
    INDEX.get_or_init(|| ReportIndex::new(&common::real_dataset()))
}

fn keys(result: &SearchResult) -> Vec<String> {
    result.ranked().iter().map(|hit| hit.hit.key()).collect()
}

fn search(query: &str) -> SearchResult {
    index().search(query, None)
}

/// The 1-based rank of `key` for `query`, if found.
fn rank_of(query: &str, key: &str) -> Option<usize> {
    keys(&search(query))
        .iter()
        .position(|k| k == key)
        .map(|at| at + 1)
}

fn assert_top(query: &str, key: &str, top: usize) {
    let result = search(query);
    let got = keys(&result);
    let at = got.iter().position(|k| k == key);
    assert!(
        at.is_some_and(|at| at < top),
        "{query:?}: {key} not in top {top}: {:?}",
        &got[..got.len().min(8)]
    );
}

#[test]
fn judged_set_has_every_expected_record_in_the_top_5() {
    let tsv = common::read(&common::root().join("tests/search_queries.tsv"));
    let set = judge::parse(&tsv).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(set.len(), 40);
    assert_eq!(set.iter().filter(|j| j.lang == "zh").count(), 20);
    assert_eq!(set.iter().filter(|j| j.lang == "en").count(), 20);
    let outcomes = judge::run(index(), &set);
    let (recall, mrr) = judge::measures(&outcomes);
    println!("judged set: recall@5 {recall:.3}, MRR {mrr:.3}");
    let missed: Vec<String> = outcomes
        .iter()
        .filter(|o| !o.missing().is_empty())
        .map(|o| format!("{:?}: {:?} (top {:?})", o.judged.query, o.missing(), o.top))
        .collect();
    assert!(missed.is_empty(), "missed:\n{}", missed.join("\n"));
    assert!(recall >= 1.0 && mrr > 0.8, "recall {recall}, MRR {mrr}");
}

#[test]
fn chinese_matches_across_words_without_spaces() {
    // The report never writes 大模型客服: the case says 将大模型能力融入智能客服.
    assert_top("大模型客服", "case:diting-customer-service-agent", 5);
    let result = search("大模型客服");
    let hit = result.ranked()[0];
    assert!(hit
        .snippet
        .parts()
        .iter()
        .any(|(text, on)| *on && text.contains("客服")));
    // And the very example of the issue: 大模型客服 finds 大模型智能客服.
    let mut data = common::real_dataset();
    data.cases[0].summary.zh = "我们部署了大模型智能客服。".into();
    let key = format!("case:{}", data.cases[0].id);
    let result = ReportIndex::new(&data).search("大模型客服", Some(Lang::Zh));
    assert!(keys(&result).contains(&key), "{:?}", keys(&result));
    // Spaces between words in the query, or between the text's scripts, do not matter.
    assert_top("AI大模型", "finding:large-model-early-penetration", 5);
    assert_top("大模型 客服", "case:diting-customer-service-agent", 5);
}

#[test]
fn english_is_stemmed_folded_and_prefix_matched() {
    // "Xingchen large model" (no s) is found by "models", and vice versa.
    assert!(rank_of("models", "fact:china-telecom/models/4").is_some());
    assert!(rank_of("model", "finding:large-model-early-penetration").is_some());
    assert_top("investments NTT", "example:ntt-5y-investment", 3);
    // Case, accents and full-width letters are folded.
    assert_top("TELEFÓNICA", "operator:telefonica", 1);
    assert_top("ｇｅｎａｉ", "term:genai", 5);
    // The word being typed matches by prefix.
    assert_top("Graphc", "example:softbank-graphcore-acquisition", 2);
}

#[test]
fn glossary_synonyms_work_both_ways() {
    // The SKT example says 生成式人工智能 only; the GDP indicator says GenAI only.
    let by_abbreviation = search("GenAI");
    let skt = by_abbreviation
        .ranked()
        .into_iter()
        .find(|h| h.hit.key() == "example:skt-anthropic-investment")
        .expect("GenAI finds 生成式人工智能");
    assert!(skt.via_synonym);
    assert!(skt
        .snippet
        .parts()
        .iter()
        .any(|(t, on)| *on && *t == "生成式人工智能"));
    let by_expansion = search("生成式人工智能");
    let gdp = by_expansion
        .ranked()
        .into_iter()
        .find(|h| h.hit.key() == "indicator:genai-global-gdp-uplift-forecast")
        .expect("生成式人工智能 finds GenAI");
    assert!(gdp.via_synonym);
    // English expansions too, and the direct match is not marked as a synonym.
    assert!(rank_of(
        "operating expenses",
        "indicator:global-top10-opex-revenue-ratio"
    )
    .is_some());
    let direct = search("GenAI");
    assert!(!direct.ranked()[0].via_synonym || direct.ranked()[0].hit.key() != "term:genai");
}

#[test]
fn every_character_is_searched_literally() {
    // Full-width forms fold to ASCII: "(" also finds the report's "（".
    for query in [
        "%41",
        "<b>",
        "<b>AI</b>",
        ".*",
        "(",
        "[a-z]+",
        "\\d",
        "a|b",
        "^$",
    ] {
        let result = search(query);
        for hit in result.ranked() {
            assert!(
                fold(&hit.snippet.text).contains(&fold(query)),
                "{query:?} found {} via {:?}",
                hit.hit.key(),
                hit.snippet.text
            );
        }
    }
    assert!(search("%41").is_empty(), "%41 is not decoded to A");
    assert!(search("<b>").is_empty());
    assert_top("2+4+31+X+O", "fact:china-telecom/compute_layouts/0", 3);
    assert_top("AT&T", "operator:att", 1);
    assert_top("LG U+", "operator:lg-uplus", 3);
}

#[test]
fn long_input_is_cut_at_200_characters_with_a_notice() {
    let long = format!("算力{}", "字".repeat(298));
    let result = search(&long);
    assert_eq!(result.query.chars().count(), MAX_QUERY_CHARS);
    assert!(result.notices.contains(&Notice::Cut {
        chars: 300,
        kept: MAX_QUERY_CHARS
    }));
    let short = search("算力");
    assert!(short
        .notices
        .iter()
        .all(|n| !matches!(n, Notice::Cut { .. })));
    // A cut inside a multi-byte character never splits it.
    let mixed = format!("{}é大", "a".repeat(199));
    assert!(search(&mixed).query.ends_with('é'));
}

#[test]
fn highlights_are_sorted_ranges_on_char_boundaries() {
    let queries = [
        "大模型客服",
        "算力",
        "customer service",
        "GenAI",
        "生成式人工智能",
        "TELEFÓNICA",
        "2+4+31+X+O",
        "models",
        "九天·众擎",
        "NTT's investment",
        "数据污染",
        "LG U+",
    ];
    for query in queries {
        let result = search(query);
        assert!(!result.is_empty(), "{query}");
        for hit in result.ranked() {
            let snippet = &hit.snippet;
            assert!(!snippet.highlights.is_empty(), "{query}: {}", hit.hit.key());
            let mut end = 0;
            for range in &snippet.highlights {
                assert!(
                    range.start < range.end && range.start >= end,
                    "{query}: {range:?}"
                );
                assert!(snippet.text.is_char_boundary(range.start));
                assert!(snippet.text.is_char_boundary(range.end));
                end = range.end;
            }
            assert!(end <= snippet.text.len());
        }
    }
}

#[test]
fn results_are_grouped_by_kind_with_title_and_page() {
    let result = search("算力");
    let mut ranks: Vec<usize> = Vec::new();
    let mut previous_best = 0;
    for group in &result.groups {
        assert!(group.hits.iter().all(|h| h.hit.kind() == group.kind));
        assert!(
            group.hits[0].rank >= previous_best,
            "groups follow their best hit"
        );
        previous_best = group.hits[0].rank;
        for hit in &group.hits {
            assert!(hit.page >= 1 && hit.page <= 53);
            assert!(!hit.title.zh.is_empty() && !hit.title.en.is_empty());
            ranks.push(hit.rank);
        }
    }
    ranks.sort_unstable();
    assert_eq!(ranks, (0..result.total.min(100)).collect::<Vec<_>>());
    // Quotes and operator texts are searched: the operators carry only the quote 三是战略变革.
    assert!(rank_of("战略变革", "operator:china-mobile").is_some());
    // Every kind is reachable.
    let kinds = [
        ("电信业收入", HitKind::Indicator),
        ("DCMM5", HitKind::Finding),
        ("战略延伸", HitKind::Tier),
        ("服务能力自建范畴", HitKind::Axis),
        ("Verizon", HitKind::Operator),
        ("梧桐", HitKind::OperatorFact),
        ("加大资源投入", HitKind::Measure),
        ("Anthropic", HitKind::Example),
        ("Drain", HitKind::Case),
        ("高端人才稀缺", HitKind::Challenge),
        ("标准体系", HitKind::Recommendation),
        ("NWDAF", HitKind::Term),
        ("附录", HitKind::Section),
    ];
    for (query, kind) in kinds {
        let result = search(query);
        assert!(
            result.groups.iter().any(|g| g.kind == kind),
            "{query}: {kind:?}"
        );
    }
}

fn finding(id: &str, page: u32, topic: &str, statement: &str) -> Finding {
    Finding {
        id: id.into(),
        group: IndicatorGroup::Other,
        topic: Text {
            zh: topic.into(),
            en: topic.into(),
        },
        statement: Text {
            zh: statement.into(),
            en: statement.into(),
        },
        period: None,
        cite: Cite {
            section: "s1".into(),
            page,
            footnotes: Vec::new(),
            source: None,
            quote: None,
        },
    }
}

fn ranked(findings: Vec<Finding>, query: &str) -> Vec<String> {
    let data = Dataset {
        findings,
        ..Dataset::default()
    };
    keys(&ReportIndex::new(&data).search(query, None))
}

#[test]
fn ranking_rules() {
    type Case = (
        &'static str,
        [(&'static str, u32, &'static str, &'static str); 3],
        [&'static str; 3],
    );
    let cases: [Case; 4] = [
        // An exact phrase outranks scattered terms, even later in the report.
        (
            "customer service",
            [
                ("scattered", 1, "One", "service for every customer"),
                ("phrase", 2, "Two", "a customer service desk"),
                ("none", 1, "Three", "nothing"),
            ],
            ["phrase", "scattered", ""],
        ),
        // A title match outranks a body match.
        (
            "data centres",
            [
                ("body", 1, "Other things", "about data centres"),
                ("title", 2, "Data centres today", "nothing else"),
                ("none", 1, "Three", "nothing"),
            ],
            ["title", "body", ""],
        ),
        // Ties go to report order: page first, then the order of the data.
        (
            "算力",
            [
                ("late", 3, "算力", "x"),
                ("early", 2, "算力", "x"),
                ("same-page", 2, "算力", "x"),
            ],
            ["early", "same-page", "late"],
        ),
        // A whole CJK substring outranks a partial n-gram match.
        (
            "大模型客服",
            [
                ("partial", 1, "甲", "大模型用于智能客服"),
                ("whole", 2, "乙", "大模型客服上线"),
                ("none", 1, "丙", "无"),
            ],
            ["whole", "partial", ""],
        ),
    ];
    for (query, records, expected) in cases {
        let findings = records
            .iter()
            .map(|&(id, page, topic, statement)| finding(id, page, topic, statement))
            .collect();
        let expected: Vec<String> = expected
            .iter()
            .filter(|id| !id.is_empty())
            .map(|id| format!("finding:{id}"))
            .collect();
        assert_eq!(ranked(findings, query), expected, "{query}");
    }
}

#[test]
fn misses_come_with_suggestions() {
    let typo = search("OPEC");
    assert!(typo.is_empty());
    assert!(
        typo.suggestions
            .iter()
            .any(|s| s.source == SuggestionSource::Term("opex".into())),
        "{:?}",
        typo.suggestions
    );
    let zh = index().search("量子计算机", Some(Lang::Zh));
    assert!(zh.is_empty() && !zh.suggestions.is_empty());
    let nonsense = search("<b>");
    assert!(!nonsense.suggestions.is_empty());
    // Every suggestion finds something.
    for suggestion in typo
        .suggestions
        .iter()
        .chain(&zh.suggestions)
        .chain(&nonsense.suggestions)
    {
        assert!(
            !search(&suggestion.query).is_empty(),
            "{}",
            suggestion.query
        );
    }
    // Some words only: a notice, and the records with the most of them.
    let partial = search("data pollution");
    assert!(partial
        .notices
        .contains(&Notice::SomeWordsOnly { matched: 1, of: 2 }));
    // Nothing typed: nothing found, nothing suggested.
    let empty = search("   ");
    assert!(empty.is_empty() && empty.suggestions.is_empty() && empty.notices.is_empty());
}
