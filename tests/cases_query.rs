//! The case explorer's query on the real data: facet counts, AND/OR semantics, sorting,
//! paging, and the URL round trip with notices. Counts are checked against a naive
//! reference written independently of `CaseIndex`.

mod common;

use bluebook::domain::query::{
    paging, parse_query_string, CaseIndex, CaseQuery, ChartBy, Facet, Notice, Sort, View, PAGE_SIZE,
};
use bluebook::domain::search::Search;
use bluebook::domain::{Case, Dataset};

/// The value keys a case has for a facet, straight from the model.
fn naive_values(data: &Dataset, case: &Case, facet: Facet) -> Vec<String> {
    match facet {
        Facet::Domain => vec![case.domain.key().into()],
        Facet::Sub => vec![case.subdomain.key().into()],
        Facet::Org => case.organisations.iter().map(ToString::to_string).collect(),
        Facet::Op => case
            .organisations
            .iter()
            .filter_map(|id| data.organisations.iter().find(|o| &o.id == id))
            .filter_map(|o| o.operator.as_ref().map(ToString::to_string))
            .collect(),
        Facet::Tech => case.technologies.iter().map(ToString::to_string).collect(),
        Facet::Market => case
            .market
            .map(|m| m.key().to_string())
            .into_iter()
            .collect(),
        Facet::Metric => case
            .outcomes
            .iter()
            .map(|m| m.kind.key().to_string())
            .collect(),
        Facet::Quant => vec![if case.outcomes.is_empty() { "0" } else { "1" }.into()],
        Facet::Challenge => data
            .challenges
            .iter()
            .filter(|c| c.cases.contains(&case.id))
            .map(|c| c.id.to_string())
            .collect(),
        Facet::Rec => data
            .recommendations
            .iter()
            .filter(|r| r.cases.contains(&case.id))
            .map(|r| r.id.to_string())
            .collect(),
    }
}

fn naive_search(data: &Dataset, case: &Case, q: &str) -> bool {
    let mut texts = vec![
        &case.title.zh,
        &case.title.en,
        &case.summary.zh,
        &case.summary.en,
    ];
    for id in &case.organisations {
        if let Some(o) = data.organisations.iter().find(|o| &o.id == id) {
            texts.push(&o.name.zh);
            texts.push(&o.name.en);
        }
    }
    for id in &case.technologies {
        if let Some(t) = data.technologies.iter().find(|t| &t.id == id) {
            texts.push(&t.name.zh);
            texts.push(&t.name.en);
        }
    }
    let joined: Vec<&str> = texts.iter().map(|s| s.as_str()).collect();
    Search::new(q).matches(&joined)
}

fn passes(data: &Dataset, case: &Case, query: &CaseQuery, except: Option<Facet>) -> bool {
    Facet::ALL.iter().all(|&facet| {
        let wanted = query.values(facet);
        Some(facet) == except
            || wanted.is_empty()
            || naive_values(data, case, facet)
                .iter()
                .any(|v| wanted.contains(v))
    }) && naive_search(data, case, &query.q)
}

/// Checks the result and every count of every facet value against the naive reference.
fn check_against_naive(data: &Dataset, index: &CaseIndex, query: &CaseQuery) {
    let result = index.run(query);
    let expected: Vec<usize> = (0..data.cases.len())
        .filter(|&i| passes(data, &data.cases[i], query, None))
        .collect();
    let mut got = result.cases.clone();
    got.sort_unstable();
    assert_eq!(got, expected, "result of {}", query.to_query_string());
    for facet in Facet::ALL.iter().copied() {
        for (at, key) in index.vocab.values[facet.index()].iter().enumerate() {
            let naive = data
                .cases
                .iter()
                .filter(|c| passes(data, c, query, Some(facet)))
                .filter(|c| naive_values(data, c, facet).contains(key))
                .count() as u32;
            assert_eq!(
                result.count(facet, at),
                naive,
                "count of {}={key} under {}",
                facet.param(),
                query.to_query_string()
            );
        }
    }
}

fn query(qs: &str, index: &CaseIndex) -> CaseQuery {
    let (query, notices) = CaseQuery::parse_str(qs, &index.vocab);
    assert!(notices.is_empty(), "{qs}: {notices:?}");
    query
}

fn ids(data: &Dataset, rows: &[usize]) -> Vec<String> {
    rows.iter().map(|&i| data.cases[i].id.to_string()).collect()
}

#[test]
fn facet_counts_match_a_naive_count_for_many_queries() {
    let data = common::real_dataset();
    let index = CaseIndex::new(&data);
    let queries = [
        "",
        "domain=network",
        "domain=network,marketing",
        "domain=management&quant=1",
        "op=china-mobile&tech=large-model",
        "tech=large-model,big-data&metric=time,efficiency",
        "market=consumer",
        "market=enterprise&op=china-telecom",
        "sub=network-maintenance,marketing-service&op=china-telecom,china-mobile",
        "challenge=model-deployment-complexity",
        "challenge=model-business-loop&rec=core-capability-reshaping",
        "q=%E5%A4%A7%E6%A8%A1%E5%9E%8B",
        "q=customer&domain=marketing",
        "q=china%20mobile&metric=scale",
        "quant=0&org=china-unicom,china-mobile",
        "domain=infrastructure&tech=gpu-cluster&quant=1&op=china-telecom",
    ];
    for qs in queries {
        check_against_naive(&data, &index, &query(qs, &index));
    }
}

#[test]
fn without_filters_every_count_is_the_dataset_total() {
    let data = common::real_dataset();
    let index = CaseIndex::new(&data);
    let result = index.run(&CaseQuery::default());
    assert_eq!(result.cases.len(), data.cases.len());
    assert_eq!(
        result.cases,
        (0..data.cases.len()).collect::<Vec<_>>(),
        "report order"
    );
    let network = index
        .vocab
        .position(Facet::Domain, "network")
        .expect("network");
    let expected = data
        .cases
        .iter()
        .filter(|c| c.domain.key() == "network")
        .count() as u32;
    assert_eq!(result.count(Facet::Domain, network), expected);
    for facet in Facet::ALL.iter().copied() {
        for at in 0..index.vocab.values[facet.index()].len() {
            assert_eq!(result.count(facet, at), index.total(facet, at));
        }
    }
}

#[test]
fn values_in_one_facet_are_or_and_facets_are_and() {
    let data = common::real_dataset();
    let index = CaseIndex::new(&data);
    let network = index.run(&query("domain=network", &index)).cases;
    let marketing = index.run(&query("domain=marketing", &index)).cases;
    let both = index.run(&query("domain=network,marketing", &index)).cases;
    assert!(!network.is_empty() && !marketing.is_empty());
    assert_eq!(
        both.len(),
        network.len() + marketing.len(),
        "OR within a facet"
    );
    let mut union = [network.clone(), marketing.clone()].concat();
    union.sort_unstable();
    assert_eq!(both, union);

    let large_model = index.run(&query("tech=large-model", &index)).cases;
    let and = index
        .run(&query("domain=network&tech=large-model", &index))
        .cases;
    let intersection: Vec<usize> = network
        .iter()
        .copied()
        .filter(|i| large_model.contains(i))
        .collect();
    assert_eq!(and, intersection, "AND across facets");
    assert!(and.len() < network.len() && and.len() < large_model.len());
    for i in &and {
        let case = &data.cases[*i];
        assert_eq!(case.domain.key(), "network");
        assert!(case.technologies.iter().any(|t| t == "large-model"));
    }
}

#[test]
fn a_count_reflects_the_other_filters_only() {
    let data = common::real_dataset();
    let index = CaseIndex::new(&data);
    let result = index.run(&query("domain=network", &index));
    // The domain facet ignores its own selection: other domains still count, so they can be added.
    let marketing = index
        .vocab
        .position(Facet::Domain, "marketing")
        .expect("marketing");
    let all_marketing = data
        .cases
        .iter()
        .filter(|c| c.domain.key() == "marketing")
        .count();
    assert_eq!(
        result.count(Facet::Domain, marketing) as usize,
        all_marketing
    );
    // Other facets count within network cases: no network case names a market.
    for at in 0..2 {
        assert_eq!(result.count(Facet::Market, at), 0, "market counts are zero");
    }
    let op = index
        .vocab
        .position(Facet::Op, "china-telecom")
        .expect("op");
    let expected = result
        .cases
        .iter()
        .filter(|&&i| {
            naive_values(&data, &data.cases[i], Facet::Op).contains(&"china-telecom".to_string())
        })
        .count();
    assert_eq!(result.count(Facet::Op, op) as usize, expected);
}

#[test]
fn challenge_and_recommendation_links_filter_to_their_cases() {
    let data = common::real_dataset();
    let index = CaseIndex::new(&data);
    for challenge in &data.challenges {
        let result = index.run(&query(&format!("challenge={}", challenge.id), &index));
        let mut got = ids(&data, &result.cases);
        let mut want = challenge.cases.clone();
        got.sort();
        want.sort();
        assert_eq!(got, want, "challenge {}", challenge.id);
    }
    for rec in &data.recommendations {
        let result = index.run(&query(&format!("rec={}", rec.id), &index));
        assert_eq!(result.cases.len(), rec.cases.len(), "rec {}", rec.id);
    }
}

#[test]
fn sorting_orders_by_domain_organisation_and_outcome_size() {
    let data = common::real_dataset();
    let index = CaseIndex::new(&data);
    let by_outcome = index.run(&query("sort=outcome", &index)).cases;
    let magnitudes: Vec<Option<f64>> = by_outcome
        .iter()
        .map(|&i| {
            data.cases[i]
                .outcomes
                .iter()
                .filter_map(|m| m.magnitude())
                .max_by(f64::total_cmp)
        })
        .collect();
    let first_none = magnitudes
        .iter()
        .position(Option::is_none)
        .unwrap_or(magnitudes.len());
    assert!(
        magnitudes[first_none..].iter().all(Option::is_none),
        "cases without figures last"
    );
    let stated: Vec<f64> = magnitudes[..first_none].iter().flatten().copied().collect();
    assert!(
        stated.windows(2).all(|w| w[0] >= w[1]),
        "largest first: {stated:?}"
    );
    assert_eq!(
        stated.first().copied(),
        Some(3100.0),
        "3100 万百姓 is the largest stated figure"
    );

    let by_domain = index.run(&query("sort=domain", &index)).cases;
    let domains: Vec<usize> = by_domain
        .iter()
        .map(|&i| {
            bluebook::domain::Domain::ALL
                .iter()
                .position(|d| *d == data.cases[i].domain)
                .unwrap_or(9)
        })
        .collect();
    assert!(domains.windows(2).all(|w| w[0] <= w[1]));

    let by_org = index.run(&query("sort=organisation", &index)).cases;
    let names: Vec<String> = by_org
        .iter()
        .map(|&i| {
            let id = &data.cases[i].organisations[0];
            let org = data
                .organisations
                .iter()
                .find(|o| &o.id == id)
                .expect("org");
            org.name.en.to_lowercase()
        })
        .collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
    assert_eq!(by_org.len(), data.cases.len());
}

#[test]
fn paging_clamps_and_covers_every_row_once() {
    assert_eq!(paging(0, 1).pages, 1);
    assert_eq!(paging(0, 5).range, 0..0);
    let p = paging(42, 3);
    assert_eq!((p.page, p.pages, p.range.clone()), (3, 3, 40..42));
    assert_eq!(paging(42, 99).page, 3, "a page past the end shows the last");
    assert_eq!(paging(40, 2).range, 20..40);
    let covered: usize = (1..=paging(95, 1).pages)
        .map(|p| paging(95, p).range.len())
        .sum();
    assert_eq!(covered, 95);
    assert_eq!(PAGE_SIZE, 20);
}

#[test]
fn url_round_trip_prints_what_it_parsed() {
    let data = common::real_dataset();
    let index = CaseIndex::new(&data);
    let canonical = [
        "",
        "domain=network,marketing",
        "domain=network,marketing&sub=network-planning&org=china-mobile-tianjin&op=china-mobile&tech=large-model&market=consumer&metric=efficiency&quant=1&challenge=model-deployment-complexity&rec=policy-environment&q=%E8%B0%9B%E5%90%AC&sort=domain&page=2&view=table",
        "op=china-telecom&q=customer%20service&sort=outcome",
        "q=a%2Cb%26c%3Dd%2B%25",
        "sort=organisation&page=3&by=org&cmp=time~%25",
        "metric=time,cost,accuracy&quant=0",
    ];
    for qs in canonical {
        let (parsed, notices) = CaseQuery::parse_str(qs, &index.vocab);
        assert!(notices.is_empty(), "{qs}: {notices:?}");
        assert_eq!(parsed.to_query_string(), qs);
        // And printing then parsing gives the same query.
        let (again, _) = CaseQuery::parse_str(&parsed.to_query_string(), &index.vocab);
        assert_eq!(again, parsed);
    }
    let (parsed, _) = CaseQuery::parse_str("q=a%2Cb%26c%3Dd%2B%25", &index.vocab);
    assert_eq!(parsed.q, "a,b&c=d+%");
    let (parsed, _) = CaseQuery::parse_str(canonical[2], &index.vocab);
    assert_eq!(parsed.q, "谛听");
    assert_eq!(parsed.page, 2);
    assert_eq!(parsed.view, View::Table);
    assert_eq!(parsed.sort, Sort::Domain);
    let (parsed, _) = CaseQuery::parse_str(canonical[5], &index.vocab);
    assert_eq!(parsed.by, ChartBy::Organisation);
    assert_eq!(parsed.cmp.as_deref(), Some("time~%"));
}

#[test]
fn garbage_parameters_are_ignored_with_notices() {
    let data = common::real_dataset();
    let index = CaseIndex::new(&data);
    let qs = "domain=network,bogus&page=abc&foo=1&sort=weird&lang=en&view=grid&page=0&cmp=nope&q=%E8%B0%9B%E5%90%AC&org=&tech=,,large-model,large-model";
    let (parsed, notices) = CaseQuery::parse_str(qs, &index.vocab);
    assert_eq!(parsed.values(Facet::Domain), ["network"]);
    assert_eq!(
        parsed.values(Facet::Tech),
        ["large-model"],
        "duplicates collapse"
    );
    assert_eq!(parsed.q, "谛听");
    assert_eq!(parsed.page, 1);
    assert_eq!(parsed.sort, Sort::Report);
    assert_eq!(parsed.view, View::Cards);
    assert_eq!(
        notices,
        vec![
            Notice::UnknownValue {
                param: "domain".into(),
                value: "bogus".into()
            },
            Notice::BadValue {
                param: "page".into(),
                value: "abc".into()
            },
            Notice::UnknownParam { name: "foo".into() },
            Notice::BadValue {
                param: "sort".into(),
                value: "weird".into()
            },
            Notice::BadValue {
                param: "view".into(),
                value: "grid".into()
            },
            Notice::BadValue {
                param: "page".into(),
                value: "0".into()
            },
            Notice::BadValue {
                param: "cmp".into(),
                value: "nope".into()
            },
        ]
    );
    assert_eq!(
        parsed.to_query_string(),
        "domain=network&tech=large-model&q=%E8%B0%9B%E5%90%AC"
    );
    // `lang` belongs to the shell: no notice, not printed.
    assert!(!notices.iter().any(|n| format!("{n:?}").contains("lang")));
}

#[test]
fn malformed_query_strings_never_panic() {
    let data = common::real_dataset();
    let index = CaseIndex::new(&data);
    let nasty = [
        "%",
        "%%",
        "%E8%B0",
        "%FF%FE",
        "=",
        "&&&",
        "domain",
        "domain==network",
        "page=99999999999999999999999",
        "page=-1",
        "q=%00",
        "sort=",
        "?",
        "??domain=network",
        "op=att",
        "challenge=%E2%80%AE",
        "cmp=~",
        "cmp=time~",
    ];
    for qs in nasty {
        let (parsed, _notices) = CaseQuery::parse_str(qs, &index.vocab);
        let result = index.run(&parsed);
        let _ = paging(result.cases.len(), parsed.page);
        let _ = parse_query_string(qs);
    }
    // An operator the report names but with no cases is a valid filter with an empty result.
    let (parsed, notices) = CaseQuery::parse_str("op=att", &index.vocab);
    assert!(notices.is_empty());
    assert!(index.run(&parsed).cases.is_empty());
}

#[test]
fn query_edits_reset_the_page_and_clear_facets() {
    let data = common::real_dataset();
    let index = CaseIndex::new(&data);
    let start = query("domain=network&tech=large-model&page=2&q=ai", &index);
    let toggled = start.toggled(Facet::Domain, "marketing");
    assert_eq!(toggled.values(Facet::Domain), ["network", "marketing"]);
    assert_eq!(toggled.page, 1);
    assert_eq!(
        toggled
            .toggled(Facet::Domain, "network")
            .values(Facet::Domain),
        ["marketing"]
    );
    assert!(start
        .cleared(Facet::Domain)
        .values(Facet::Domain)
        .is_empty());
    assert_eq!(
        start.cleared(Facet::Domain).values(Facet::Tech),
        ["large-model"]
    );
    let none = start.cleared_all();
    assert!(!none.has_filters());
    assert_eq!(none.q, "ai", "clearing filters keeps the search");
    assert_eq!(
        start.with_only(Facet::Op, "china-mobile").values(Facet::Op),
        ["china-mobile"]
    );
}
