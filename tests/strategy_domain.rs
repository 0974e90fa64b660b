//! What the strategy views show, decided in the domain on the real `data/`: tier order and
//! fields, operator cards' counts, peers, an operator's case table, the investment and
//! indicator selections, and how the comparison is stated and cut for display.

mod common;

use std::collections::HashSet;

use bluebook::domain::compare::{
    compare_table, grouped_rows, peers_selection, shown_items, RowGroup, RowKind, Selection,
    SelectionStatus, MAX_OPERATORS, SHOWN_ITEMS,
};
use bluebook::domain::indicators::{
    capex_opex_indicators, growth_series, growth_uncharted, headline_indicators,
};
use bluebook::domain::investments::{
    examples_stating_investments, money_in_unit, money_units, stated_shares, uncharted_investments,
};
use bluebook::domain::profile::{self, OperatorCount};
use bluebook::domain::tiers::{placements, tier_note, tiers_top_down, TierField};
use bluebook::domain::{IndicatorGroup, TierId};

fn ops(ids: &[&str]) -> Selection {
    Selection::Operators(ids.iter().map(|id| (*id).into()).collect())
}

#[test]
fn tier_cards_run_from_the_top_of_the_scale_with_five_fields_in_order() {
    let data = common::real_dataset();
    let ids: Vec<TierId> = tiers_top_down(&data).iter().map(|t| t.id).collect();
    assert_eq!(
        ids,
        vec![
            TierId::Transformation,
            TierId::Extension,
            TierId::Optimisation
        ]
    );
    for tier in &data.tiers {
        let fields: Vec<_> = TierField::ALL.iter().map(|f| f.of(tier)).collect();
        assert_eq!(
            fields,
            vec![
                tier.positioning.as_ref(),
                tier.business_layout.as_ref(),
                tier.infrastructure.as_ref(),
                tier.own_capabilities.as_ref(),
                tier.ai_role.as_ref(),
            ]
        );
        let note = tier_note(tier);
        match &tier.positioning {
            Some(positioning) => assert_eq!(note, Some(positioning)),
            None => assert_eq!(note, tier.business_layout.as_ref()),
        }
    }
    // The map places tiers in rank order, each tier's operators in the report's order.
    let placed: Vec<String> = placements(&data)
        .iter()
        .map(|p| p.operator.to_string())
        .collect();
    let listed: Vec<String> = profile::tiers_by_rank(&data)
        .iter()
        .flat_map(|t| t.operators.iter().map(|id| id.to_string()))
        .collect();
    assert_eq!(placed, listed);
}

#[test]
fn operator_cards_count_only_what_the_report_names() {
    let data = common::real_dataset();
    let mobile = profile::operator(&data, "china-mobile").expect("china-mobile");
    let counts = profile::operator_counts(&data, mobile);
    let cases = profile::cases_of(&data, &["china-mobile"]).len();
    assert!(counts.contains(&(OperatorCount::Cases, cases)));
    assert!(counts.iter().all(|(_, n)| *n > 0));
    // In card order: models, platforms, layouts, examples, cases.
    let order = [
        OperatorCount::Models,
        OperatorCount::Platforms,
        OperatorCount::ComputeLayouts,
        OperatorCount::Examples,
        OperatorCount::Cases,
    ];
    let positions: Vec<usize> = counts
        .iter()
        .map(|(kind, _)| order.iter().position(|o| o == kind).expect("known"))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{counts:?}");
    // SoftBank: two examples, nothing else; NTT has no case, so no case count (not zero).
    let softbank = profile::operator(&data, "softbank").expect("softbank");
    assert_eq!(
        profile::operator_counts(&data, softbank),
        vec![(OperatorCount::Examples, 2)]
    );
    let ntt = profile::operator(&data, "ntt").expect("ntt");
    assert!(profile::operator_counts(&data, ntt)
        .iter()
        .all(|(kind, _)| *kind != OperatorCount::Cases));
}

#[test]
fn peers_are_the_others_of_the_tier_in_its_order() {
    let data = common::real_dataset();
    for tier in &data.tiers {
        for id in &tier.operators {
            let op = profile::operator(&data, id).expect("tier operator");
            let peers = profile::peers_of(&data, op).expect("has a tier");
            let expected: Vec<_> = tier.operators.iter().filter(|o| *o != id).collect();
            assert_eq!(peers, expected);
            let mut selection = vec![id.clone()];
            selection.extend(expected.into_iter().take(MAX_OPERATORS - 1).cloned());
            assert_eq!(peers_selection(&data, op), Selection::Operators(selection));
        }
    }
    let softbank = profile::operator(&data, "softbank").expect("softbank");
    assert!(profile::peers_of(&data, softbank).is_none());
    assert_eq!(peers_selection(&data, softbank), ops(&["softbank"]));
}

#[test]
fn an_operators_case_table_adds_up_and_is_none_without_cases() {
    let data = common::real_dataset();
    let cases = profile::operator_cases(&data, "china-mobile").expect("cases");
    assert_eq!(
        cases.by_domain,
        profile::cases_by_domain(&data, &["china-mobile"]).expect("cases")
    );
    assert_eq!(
        cases.total,
        profile::cases_of(&data, &["china-mobile"]).len()
    );
    assert_eq!(
        cases.total,
        cases.by_domain.iter().map(|(_, n)| n).sum::<usize>()
    );
    let rows = profile::organisation_case_counts(&data, "china-mobile");
    assert_eq!(cases.organisations.len(), rows.len());
    for (row, (org, counts)) in cases.organisations.iter().zip(rows) {
        assert_eq!(row.organisation.id, org.id);
        assert_eq!(row.by_domain, counts);
        assert_eq!(row.total, counts.iter().sum::<usize>());
    }
    assert!(profile::operator_cases(&data, "softbank").is_none());
    assert!(profile::operator_cases(&data, "ntt").is_none());
}

#[test]
fn investments_are_sorted_into_money_shares_and_the_rest() {
    let data = common::real_dataset();
    let all = profile::all_investments(&data);
    let units = money_units(&data);
    let money: usize = units
        .iter()
        .map(|u| money_in_unit(&data, &u.zh).len())
        .sum();
    let shares = stated_shares(&data);
    let rest = uncharted_investments(&data);
    assert_eq!(shares.len(), 1, "SKT's share");
    assert_eq!(rest.len(), 1, "LG U+'s growth rate");
    assert_eq!(money + shares.len() + rest.len(), all.len());
    assert!(money_in_unit(&data, "亿美元")
        .iter()
        .all(|inv| inv.is_money()));
    // Each example that states an investment is a source once, in report order.
    let sources = examples_stating_investments(&data);
    let ids: Vec<&str> = sources.iter().map(|ex| ex.example.id.as_str()).collect();
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
    let mut expected: Vec<&str> = all.iter().map(|inv| inv.example.id.as_str()).collect();
    expected.dedup();
    assert_eq!(ids, expected);
    // An example's own investments are those of the whole list that it carries.
    for ex in &sources {
        let own = ex.investments();
        let listed: Vec<_> = all
            .iter()
            .filter(|inv| inv.example.id == ex.example.id)
            .copied()
            .collect();
        assert_eq!(own, listed);
    }
    let numbers: Vec<u8> = profile::measures_by_number(&data)
        .iter()
        .map(|m| m.number)
        .collect();
    assert!(numbers.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn overview_indicators_go_each_to_one_place() {
    let data = common::real_dataset();
    let headline = headline_indicators(&data);
    assert!(headline
        .iter()
        .all(|i| !matches!(i.group, IndicatorGroup::Growth | IndicatorGroup::CapexOpex)));
    let charted = growth_series(&data);
    let cards = growth_uncharted(&data);
    assert_eq!(charted.len(), 2);
    let growth = data
        .indicators
        .iter()
        .filter(|i| i.group == IndicatorGroup::Growth)
        .count();
    assert_eq!(charted.len() + cards.len(), growth);
    assert!(cards.iter().all(|c| !charted.iter().any(|g| g.id == c.id)));
    assert_eq!(capex_opex_indicators(&data).len(), 5);
}

#[test]
fn the_selection_says_what_the_page_shows() {
    assert_eq!(Selection::default().status(), SelectionStatus::Empty);
    assert_eq!(ops(&["ntt"]).status(), SelectionStatus::PickMore);
    assert_eq!(ops(&["ntt", "skt"]).status(), SelectionStatus::Ready);
    let full = ops(&["ntt", "skt", "att", "verizon"]);
    assert_eq!(full.status(), SelectionStatus::Full);
    assert!(full.refuses_operator("vodafone"));
    assert!(!full.refuses_operator("ntt"), "a chosen one can be removed");
    assert!(!ops(&["ntt", "skt"]).refuses_operator("vodafone"));
    let tiers = Selection::Tiers(vec![TierId::Optimisation, TierId::Extension]);
    assert_eq!(tiers.status(), SelectionStatus::Ready);
    assert!(!tiers.refuses_operator("ntt"));
    assert_eq!(
        Selection::Tiers(vec![TierId::Optimisation]).status(),
        SelectionStatus::PickMore
    );
}

#[test]
fn compare_rows_have_keys_and_one_heading_per_group() {
    let data = common::real_dataset();
    for selection in [
        ops(&["ntt", "china-mobile"]),
        Selection::Tiers(vec![TierId::Optimisation, TierId::Transformation]),
    ] {
        let table = compare_table(&data, &selection);
        let keys: HashSet<String> = table.rows.iter().map(|r| r.kind.key()).collect();
        assert_eq!(keys.len(), table.rows.len(), "keys are unique");
        let grouped = grouped_rows(&table);
        assert_eq!(grouped.len(), table.rows.len());
        let headings: Vec<(RowGroup, &RowKind)> = grouped
            .iter()
            .filter_map(|(opens, row)| opens.map(|g| (g, &row.kind)))
            .collect();
        assert_eq!(headings.len(), 2, "{headings:?}");
        assert_eq!(headings[0].0, RowGroup::Measures);
        assert!(matches!(headings[0].1, RowKind::Measure(_)));
        assert_eq!(headings[1].0, RowGroup::Cases);
        assert!(matches!(headings[1].1, RowKind::Cases(_)));
    }
    assert_eq!(
        RowKind::Cases(bluebook::domain::Domain::ALL[0])
            .key()
            .split('-')
            .next(),
        Some("cases")
    );
    assert_eq!(RowKind::ComputeLayouts.key(), "compute");
    assert_eq!(shown_items(3), 3);
    assert_eq!(
        shown_items(SHOWN_ITEMS + 1),
        SHOWN_ITEMS + 1,
        "never hide just one"
    );
    assert_eq!(shown_items(SHOWN_ITEMS + 2), SHOWN_ITEMS);
}
