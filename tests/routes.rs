//! Every route prints itself and reads itself back: `Route::parse(route.href(lang)) == route`.

mod common;

use bluebook::domain::catalog::Catalog;
use bluebook::domain::compare::Selection;
use bluebook::domain::query::{CaseQuery, ChartBy, Facet, Sort, View};
use bluebook::domain::TierId;
use bluebook::i18n::Lang;
use bluebook::routes::Route;

fn round_trip(catalog: &Catalog, route: &Route) {
    for lang in [Lang::Zh, Lang::En] {
        let href = route.href(lang);
        let (path, query) = href.split_once('?').unwrap_or((href.as_str(), ""));
        let parsed = Route::parse(path, query, catalog, &catalog.case_index().vocab);
        assert_eq!(parsed.as_ref(), Some(route), "{href}");
        assert_eq!(href.contains("lang=en"), lang == Lang::En, "{href}");
    }
}

#[test]
fn every_route_reads_back_what_it_prints() {
    let catalog = Catalog::new(common::real_dataset());
    let mut routes = vec![
        Route::Overview,
        Route::Strategy,
        Route::Operators,
        Route::Compare(Selection::default()),
        Route::Compare(Selection::Tiers(vec![
            TierId::Optimisation,
            TierId::Transformation,
        ])),
        Route::Compare(Selection::Operators(vec!["ntt".into(), "skt".into()])),
        Route::Cases(CaseQuery::default()),
        Route::Challenges { focus: None },
        Route::Search { q: String::new() },
        Route::Search {
            q: "大模型客服 & <b>%41 100% ?#".into(),
        },
    ];
    routes.extend(
        catalog
            .operators
            .iter()
            .map(|op| Route::Operator(op.id.clone())),
    );
    routes.extend(catalog.challenges.iter().map(|c| Route::Challenges {
        focus: Some(c.id.clone()),
    }));
    let busy = CaseQuery::default()
        .toggled(Facet::Domain, "network")
        .toggled(Facet::Op, "china-mobile")
        .with_search("大模型 & <b>%41")
        .with_sort(Sort::Outcome)
        .with_view(View::Table)
        .with_by(ChartBy::Organisation)
        .with_page(2);
    for case in &catalog.cases {
        routes.push(Route::Case(case.id.clone(), CaseQuery::default()));
        routes.push(Route::Case(case.id.clone(), busy.clone()));
    }
    routes.push(Route::Cases(busy));
    for route in &routes {
        round_trip(&catalog, route);
    }
    assert!(routes.len() > 100);
}

#[test]
fn unknown_paths_are_not_routes() {
    let catalog = Catalog::new(common::real_dataset());
    let vocab = &catalog.case_index().vocab;
    for path in ["/nowhere", "/cases/a/b", "/operators/x/y"] {
        assert_eq!(Route::parse(path, "", &catalog, vocab), None, "{path}");
    }
}
