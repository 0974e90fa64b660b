//! Every route prints itself and reads itself back: `Route::parse(route.href(lang)) == route`.

mod common;

use bluebook::domain::brief::{encode, Brief, BriefItem};
use bluebook::domain::catalog::Catalog;
use bluebook::domain::compare::Selection;
use bluebook::domain::query::{CaseQuery, ChartBy, Facet, Sort, View};
use bluebook::domain::TierId;
use bluebook::i18n::brief::DocLang;
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
    // Briefs: empty, every kind with a note in zh and URL-special characters, each language
    // of the document, slides.
    let mut brief = Brief::new();
    brief.add(BriefItem::Operator(catalog.operators[0].id.clone()));
    brief.add(BriefItem::Case(catalog.cases[0].id.clone()));
    brief.add(BriefItem::Challenge(catalog.challenges[0].id.clone()));
    brief.add(BriefItem::Compare(Selection::Operators(vec![
        "ntt".into(),
        "skt".into(),
    ])));
    brief.set_note(1, "要点 & <b>%41 100% ?#=~.");
    let b = encode(&brief, &catalog);
    routes.push(Route::brief());
    for doc in [
        None,
        Some(DocLang::Zh),
        Some(DocLang::En),
        Some(DocLang::Both),
    ] {
        for slides in [false, true] {
            routes.push(Route::Brief {
                b: b.clone(),
                doc,
                slides,
            });
        }
    }
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

#[test]
fn a_brief_route_keeps_its_value_as_written() {
    let catalog = Catalog::new(common::real_dataset());
    let vocab = &catalog.case_index().vocab;
    // Not percent-decoded on the way in: the brief's own decoder reads it.
    let parsed = Route::parse(
        "/brief",
        "b=cZZZZ~a%2541.oX&doc=both&mode=slides",
        &catalog,
        vocab,
    );
    assert_eq!(
        parsed,
        Some(Route::Brief {
            b: "cZZZZ~a%2541.oX".into(),
            doc: Some(DocLang::Both),
            slides: true,
        })
    );
    let plain = Route::parse("/brief", "doc=fr&mode=x", &catalog, vocab);
    assert_eq!(plain, Some(Route::brief()));
    assert_eq!(Route::brief().href(Lang::Zh), "/brief");
}
