//! Compare and profile logic on the real `data/`: URL parsing and printing, the side-by-side
//! table with its "not stated" cells and difference flags, and the operator look-ups.

mod common;

use bluebook::domain::compare::{
    compare_table, parse_selection, selection_query, toggle_operator, toggle_tier, Cell, Ignored,
    RowKind, Selection, MAX_OPERATORS,
};
use bluebook::domain::profile;
use bluebook::domain::{Domain, TierId};
use bluebook::routes::Route;

fn ops(ids: &[&str]) -> Selection {
    Selection::Operators(ids.iter().map(|id| (*id).into()).collect())
}

fn row<'a>(
    table: &'a bluebook::domain::compare::CompareTable,
    kind: &RowKind,
) -> &'a bluebook::domain::compare::Row {
    table
        .rows
        .iter()
        .find(|r| &r.kind == kind)
        .unwrap_or_else(|| panic!("no row {kind:?}"))
}

#[test]
fn url_selection_round_trips_and_ignores_invalid_ids_with_a_notice() {
    let data = common::real_dataset();
    let parsed = parse_selection(&data, Some("ntt,skt,china-mobile"), None);
    assert_eq!(parsed.selection, ops(&["ntt", "skt", "china-mobile"]));
    assert!(parsed.ignored.is_empty());
    assert_eq!(
        selection_query(&parsed.selection),
        "ops=ntt,skt,china-mobile"
    );
    assert_eq!(
        Route::Compare(parsed.selection.clone()).path(),
        "/compare?ops=ntt,skt,china-mobile"
    );

    let parsed = parse_selection(&data, Some("ntt,nope,ntt,skt,att,verizon,vodafone"), None);
    assert_eq!(parsed.selection, ops(&["ntt", "skt", "att", "verizon"]));
    assert_eq!(
        parsed.ignored,
        vec![
            Ignored::UnknownOperator("nope".into()),
            Ignored::Duplicate("ntt".into()),
            Ignored::TooMany("vodafone".into()),
        ]
    );

    let parsed = parse_selection(&data, None, Some("optimisation,transformation"));
    assert_eq!(
        parsed.selection,
        Selection::Tiers(vec![TierId::Optimisation, TierId::Transformation])
    );
    assert_eq!(
        selection_query(&parsed.selection),
        "tiers=optimisation,transformation"
    );

    let parsed = parse_selection(&data, None, Some("bogus,extension"));
    assert_eq!(parsed.selection, Selection::Tiers(vec![TierId::Extension]));
    assert_eq!(parsed.ignored, vec![Ignored::UnknownTier("bogus".into())]);

    // ops wins over tiers, with a notice; nothing at all is an empty operator selection.
    let parsed = parse_selection(&data, Some("ntt"), Some("extension"));
    assert_eq!(parsed.selection, ops(&["ntt"]));
    assert_eq!(parsed.ignored, vec![Ignored::TiersWithOperators]);
    let parsed = parse_selection(&data, None, None);
    assert_eq!(parsed.selection, Selection::default());
    assert_eq!(Route::Compare(parsed.selection.clone()).path(), "/compare");
    // Garbage never panics.
    for garbage in [",,,", " ", "<script>", "ntt,,skt", "%20"] {
        let _ = parse_selection(&data, Some(garbage), Some(garbage));
    }
    assert_eq!(
        parse_selection(&data, Some("ntt,,skt"), None).selection,
        ops(&["ntt", "skt"])
    );
}

#[test]
fn toggling_keeps_at_most_four_operators_and_tiers_in_rank_order() {
    let data = common::real_dataset();
    let mut selection = Selection::default();
    for id in ["ntt", "skt", "att", "verizon", "vodafone"] {
        selection = toggle_operator(&selection, id);
    }
    assert_eq!(selection.len(), MAX_OPERATORS);
    assert!(!selection.contains_operator("vodafone"));
    let selection = toggle_operator(&selection, "skt");
    assert_eq!(selection, ops(&["ntt", "att", "verizon"]));

    let tiers = toggle_tier(&data, &Selection::default(), TierId::Transformation);
    let tiers = toggle_tier(&data, &tiers, TierId::Optimisation);
    assert_eq!(
        tiers,
        Selection::Tiers(vec![TierId::Optimisation, TierId::Transformation])
    );
    assert_eq!(toggle_operator(&tiers, "ntt"), ops(&["ntt"]));
}

#[test]
fn compare_table_says_not_stated_where_the_report_says_nothing() {
    let data = common::real_dataset();
    let table = compare_table(&data, &ops(&["ntt", "skt", "china-mobile"]));
    let names: Vec<&str> = table.columns.iter().map(|c| c.name.zh.as_str()).collect();
    assert_eq!(names, vec!["NTT", "SKT", "中国移动"]);

    // Tier: all three are in the transformation tier → same, not highlighted.
    let tier = row(&table, &RowKind::Tier);
    assert!(!tier.differs);
    assert!(tier.cells.iter().all(|c| matches!(c, Cell::Items(_))));

    // Country: the report names none for NTT/SKT.
    let country = row(&table, &RowKind::Country);
    assert_eq!(country.cells[0], Cell::NotStated);
    assert_eq!(country.cells[1], Cell::NotStated);
    assert!(matches!(&country.cells[2], Cell::Items(items) if items[0].text.zh == "中国"));
    assert!(country.differs);

    // Measure 1 (resource investment): NTT and SKT have examples, China Mobile none.
    let m1 = row(&table, &RowKind::Measure("resource-investment".into()));
    assert!(matches!(&m1.cells[0], Cell::Items(items) if items.len() == 1));
    assert!(matches!(&m1.cells[1], Cell::Items(items) if items.len() == 1));
    assert_eq!(m1.cells[2], Cell::NotStated);
    assert!(m1.label.as_ref().is_some_and(|l| l.zh.starts_with("1. ")));
    // Every cell's item carries its citation.
    for r in &table.rows {
        for cell in &r.cells {
            if let Cell::Items(items) = cell {
                assert!(!items.is_empty(), "an Items cell is never blank");
                if !matches!(r.kind, RowKind::Operators) {
                    assert!(items.iter().all(|i| i.cite.is_some()), "{:?}", r.kind);
                }
            }
        }
    }

    // Stated investments: NTT's three amounts as worded, never summed; China Mobile none.
    let inv = row(&table, &RowKind::Investments);
    match &inv.cells[0] {
        Cell::Items(items) => {
            let amounts: Vec<&str> = items.iter().map(|i| i.text.zh.as_str()).collect();
            assert_eq!(
                amounts,
                vec!["约500多亿美元", "至少约100亿美元", "至少200亿美元"]
            );
        }
        other => panic!("NTT investments: {other:?}"),
    }
    match &inv.cells[1] {
        Cell::Items(items) => {
            let amounts: Vec<&str> = items.iter().map(|i| i.text.en.as_str()).collect();
            assert!(
                amounts.contains(&"↑ 12% (the past five years) → 33%"),
                "{amounts:?}"
            );
            assert!(amounts.contains(&"1 ×100 million USD"));
            assert!(amounts.contains(&"2 ×100 million USD"));
        }
        other => panic!("SKT investments: {other:?}"),
    }
    assert_eq!(inv.cells[2], Cell::NotStated);

    // Models: none stated for NTT and SKT, many for China Mobile; its platforms apart.
    let models = row(&table, &RowKind::Models);
    assert_eq!(models.cells[0], Cell::NotStated);
    assert!(matches!(&models.cells[2], Cell::Items(items) if items.len() == 9));
    let platforms = row(&table, &RowKind::Platforms);
    assert!(matches!(&platforms.cells[2], Cell::Items(items)
        if items.len() == 10 && items.iter().all(|item| item.cite.is_some())));

    // Cases per domain: not stated (not zero) for NTT/SKT, counts for China Mobile.
    let cases = row(&table, &RowKind::Cases(Domain::Management));
    assert_eq!(cases.cells[0], Cell::NotStated);
    assert_eq!(cases.cells[1], Cell::NotStated);
    assert_eq!(cases.cells[2], Cell::Count(7));
    assert!(cases.differs);
    // Nothing is ever a zero standing in for "not stated".
    for r in &table.rows {
        for (cell, column) in r.cells.iter().zip(&table.columns) {
            if column.subject.key() == "ntt" {
                assert!(!matches!(cell, Cell::Count(_)), "{:?}", r.kind);
            }
        }
    }
}

#[test]
fn identical_columns_are_not_flagged_and_different_ones_are() {
    let data = common::real_dataset();
    // AT&T and Verizon: the report says the same (nothing beyond their tier) of both.
    let table = compare_table(&data, &ops(&["att", "verizon"]));
    assert!(table.rows.iter().all(|r| !r.differs), "{:#?}", table.rows);
    // China Mobile vs China Unicom: models, compute layouts and cases differ.
    let table = compare_table(&data, &ops(&["china-mobile", "china-unicom"]));
    assert!(row(&table, &RowKind::Models).differs);
    assert!(row(&table, &RowKind::ComputeLayouts).differs);
    assert!(!row(&table, &RowKind::Tier).differs);
}

#[test]
fn tier_comparison_gathers_the_tier_operators_and_its_definition() {
    let data = common::real_dataset();
    let table = compare_table(
        &data,
        &Selection::Tiers(vec![TierId::Optimisation, TierId::Transformation]),
    );
    assert_eq!(table.columns.len(), 2);
    let members = row(&table, &RowKind::Operators);
    match &members.cells[0] {
        Cell::Items(items) => {
            let paths: Vec<_> = items
                .iter()
                .filter_map(|i| i.link.as_ref().map(|link| Route::from(link).path()))
                .collect();
            assert_eq!(paths, vec!["/operators/att", "/operators/verizon"]);
        }
        other => panic!("{other:?}"),
    }
    // Optimisation states an AI role, transformation does not; transformation states own
    // capabilities, optimisation does not.
    let ai = row(&table, &RowKind::AiRole);
    assert!(matches!(ai.cells[0], Cell::Items(_)));
    assert_eq!(ai.cells[1], Cell::NotStated);
    let own = row(&table, &RowKind::OwnCapabilities);
    assert_eq!(own.cells[0], Cell::NotStated);
    assert!(matches!(own.cells[1], Cell::Items(_)));
    // A tier column's items name their operator.
    let models = row(&table, &RowKind::Models);
    match &models.cells[1] {
        Cell::Items(items) => assert!(items.iter().all(|i| i.prefix.is_some())),
        other => panic!("{other:?}"),
    }
    // Optimisation operators have no cases (not stated); transformation counts each case once.
    let infra = row(&table, &RowKind::Cases(Domain::Infrastructure));
    assert_eq!(infra.cells[0], Cell::NotStated);
    let expected = profile::cases_of(&data, &["china-telecom", "china-mobile", "china-unicom"])
        .iter()
        .filter(|c| c.domain == Domain::Infrastructure)
        .count();
    assert_eq!(infra.cells[1], Cell::Count(expected));
}

#[test]
fn profile_lookups_follow_the_data() {
    let data = common::real_dataset();
    // Every operator appears in exactly one group of the list.
    let groups = profile::operators_by_tier(&data);
    let listed: usize = groups.iter().map(|g| g.operators.len()).sum();
    assert_eq!(listed, data.operators.len());
    assert_eq!(groups.len(), 4, "three tiers plus the untiered group");
    assert!(groups[3].tier.is_none());
    assert_eq!(groups[3].operators[0].id, "softbank");
    assert_eq!(
        groups[0].tier.map(|t| t.id),
        Some(TierId::Optimisation),
        "rank order"
    );

    // SoftBank is named only in measures: two capital-operation examples, no tier.
    let softbank = profile::operator(&data, "softbank").expect("softbank");
    assert!(profile::tier_of(&data, softbank).is_none());
    let examples = profile::examples_naming(&data, &["softbank"]);
    assert_eq!(examples.len(), 2);
    assert!(examples
        .iter()
        .all(|e| e.measure.id == "capital-operations"));
    assert!(profile::cases_by_domain(&data, &["softbank"]).is_none());

    // China Mobile: its organisations carry its cases; counts add up per organisation.
    let orgs = profile::organisation_case_counts(&data, "china-mobile");
    assert!(orgs.iter().any(|(o, _)| o.id == "china-mobile-anhui"));
    let by_domain = profile::cases_by_domain(&data, &["china-mobile"]).expect("cases");
    let total: usize = by_domain.iter().map(|(_, n)| n).sum();
    assert_eq!(total, profile::cases_of(&data, &["china-mobile"]).len());
    // Indicators that name it: R&D rank and OPEX ratio.
    let ids: Vec<&str> = profile::indicators_of(&data, "china-mobile")
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(
        ids,
        vec![
            "rnd-rank-china-mobile",
            "opex-revenue-ratio-2023-china-mobile"
        ]
    );
    assert!(profile::operator(&data, "no-such-operator").is_none());
}
