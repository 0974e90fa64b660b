//! One case (/cases/:id): every stated figure with the report's own wording, the source
//! (section, page, footnote, original sentence), the challenges and recommendations of
//! chapter 五 that link to it, and previous / next within the explorer's current result
//! (the explorer's query rides along in the URL).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::case_tags::{case_citation, market_tag};
use crate::components::cite::{text_or_not_stated, CiteRef};
use crate::components::labels::value_label;
use crate::components::link::A;
use crate::components::table_head::table_head;
use crate::context::{use_app, use_lang};
use crate::domain::amount::figure_text;
use crate::domain::catalog::Catalog;
use crate::domain::figures::{repeated_by, repeated_case};
use crate::domain::query::{neighbours, CaseQuery, Facet, Neighbour};
use crate::domain::{Case, CaseId, Cite, Direction, Metric};
use crate::i18n::cases::{self as text, CaseUi};
use crate::i18n::Ui;
use crate::i18n::{domain_name, metric_kind_name, subdomain_name, Lang};
use crate::pages::cases::url::use_case_query;
use crate::routes::Route;

#[component]
pub fn CasePage() -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let params = use_params_map();
    let parsed = use_case_query(data.clone());
    let query = Memo::new(move |_| parsed.with(|(query, _)| query.clone()));
    let result = {
        let data = data.clone();
        Memo::new(move |_| query.with(|query| data.case_index().run(query)))
    };
    let id = Memo::new(move |_| params.with(|p| p.get("id")).unwrap_or_default());
    {
        let data = data.clone();
        Effect::new(move |_| {
            let lang = lang.get();
            id.with(|id| {
                if let Some(case) = data.case(id) {
                    let title = case.title.get(lang);
                    document().set_title(&format!("{title} · {}", lang.t(Ui::AppTitle)));
                }
            });
        });
    }
    move || {
        let lang = lang.get();
        let current = query.get();
        let found = id.with(|id| data.case_position(id));
        let Some((at, case)) = found.and_then(|at| data.cases.get(at).map(|case| (at, case)))
        else {
            return view! {
                <section class="page case-page">
                    <p class="empty" data-testid="case-not-found">{lang.t(CaseUi::CaseNotFound)}</p>
                    <A href=Route::Cases(current.clone()).href(lang)>{lang.t(CaseUi::BackToResults)}</A>
                </section>
            }
            .into_any();
        };
        // Links keep the query, with the page that holds their case.
        let place = result.with(|r| neighbours(&r.cases, at));
        let back_query = match place {
            Some(place) => current.with_page(place.back_page),
            None => current.clone(),
        };
        let neighbour = |neighbour: Option<Neighbour>| {
            neighbour
                .and_then(|n| data.cases.get(n.case).map(|c| (n.page, c)))
                .map(|(page, c)| {
                    (
                        Route::Case(c.id.clone(), current.with_page(page)).href(lang),
                        c.title.get(lang).to_string(),
                    )
                })
        };
        let previous = neighbour(place.and_then(|p| p.previous));
        let next = neighbour(place.and_then(|p| p.next));
        let title = case.title.get(lang).to_string();

        view! {
            <section class="page case-page" data-testid="case-detail" data-case-id=case.id.to_string()>
                <nav class="case-nav" aria-label=lang.t(CaseUi::Case)>
                    <A href=Route::Cases(back_query.clone()).href(lang) attr:data-testid="back-to-results">
                        "← " {lang.t(CaseUi::BackToResults)}
                    </A>
                    {match place {
                        Some(place) => view! {
                            <span class="case-position" data-testid="case-position">
                                {text::position_in_result(lang, place.position + 1, place.total)}
                            </span>
                        }.into_any(),
                        None => view! { <span class="case-position">{lang.t(CaseUi::NotInResult)}</span> }.into_any(),
                    }}
                    <span class="case-prev-next">
                        {previous.map(|(link, name)| view! {
                            <A href=link attr:rel="prev" attr:data-testid="previous-case" attr:title=name>
                                "‹ " {lang.t(CaseUi::PreviousCase)}
                            </A>
                        })}
                        {next.map(|(link, name)| view! {
                            <A href=link attr:rel="next" attr:data-testid="next-case" attr:title=name>
                                {lang.t(CaseUi::NextCase)} " ›"
                            </A>
                        })}
                    </span>
                </nav>
                <header class="page-header">
                    <div class="case-tags">
                        <span class=format!("tag domain-{}", case.domain.key())>{domain_name(case.domain, lang)}</span>
                        <span class="tag">{subdomain_name(case.subdomain, lang)}</span>
                        {market_tag(case, lang)}
                        <span class=if case.boxed { "tag boxed" } else { "tag" }>
                            {lang.t(if case.boxed { CaseUi::Boxed } else { CaseUi::InText })}
                        </span>
                    </div>
                    <h1 data-testid="case-title">{title}</h1>
                    <CaseFacts data=data.clone() case=case.clone() lang/>
                </header>
                <section class="case-section">
                    <h2>{lang.t(CaseUi::Summary)}</h2>
                    <p class="case-summary-full">{case.summary.get(lang).to_string()}</p>
                </section>
                <section class="case-section">
                    <h2>{lang.t(CaseUi::Outcomes)}</h2>
                    <OutcomeTable outcomes=case.outcomes.clone() lang/>
                    <RepeatNotes data=data.clone() case=case.clone() lang query=current.clone()/>
                </section>
                <section class="case-section">
                    <h2>{lang.t(CaseUi::Source)}</h2>
                    <SourceBlock data=data.clone() case=case.clone() lang/>
                </section>
                <section class="case-section">
                    <Related data=data.clone() id=case.id.clone() lang/>
                </section>
            </section>
        }
        .into_any()
    }
}

/// Organisations (with their operator) and technologies, each a link into the explorer.
#[component]
fn CaseFacts(data: std::sync::Arc<Catalog>, case: Case, lang: Lang) -> impl IntoView {
    let filter_link = |facet: Facet, key: &str| Route::cases_with(facet, key).href(lang);
    let orgs = case
        .organisations
        .iter()
        .map(|id| {
            let name = value_label(&data, Facet::Org, id, lang);
            let operator = data.organisation(id).and_then(|o| o.operator.clone());
            let op_view = operator.map(|op| {
                // An operator's own organisation links to the operator's profile.
                let op_name = if op.as_str() == id.as_str() {
                    lang.t(CaseUi::OperatorProfile).to_string()
                } else {
                    value_label(&data, Facet::Op, &op, lang)
                };
                view! {
                    " ("
                    <A href=Route::Operator(op.clone()).href(lang)>{op_name}</A>
                    ")"
                }
            });
            view! {
                <li>
                    <A href=filter_link(Facet::Org, id)>{name}</A>
                    {op_view}
                </li>
            }
        })
        .collect_view();
    let techs = case
        .technologies
        .iter()
        .map(|id| {
            let name = value_label(&data, Facet::Tech, id, lang);
            view! { <li><A href=filter_link(Facet::Tech, id)>{name}</A></li> }
        })
        .collect_view();
    view! {
        <dl class="case-facts">
            <dt>{lang.t(CaseUi::ColOrganisations)}</dt>
            <dd><ul class="inline-list" data-testid="case-organisations">{orgs}</ul></dd>
            <dt>{lang.t(CaseUi::ColTechnologies)}</dt>
            <dd><ul class="inline-list tech-list">{techs}</ul></dd>
        </dl>
    }
}

fn direction_text(direction: Option<Direction>, lang: Lang) -> AnyView {
    match direction {
        Some(Direction::Up) => view! { <span>"↑ " {lang.t(CaseUi::DirectionUp)}</span> }.into_any(),
        Some(Direction::Down) => {
            view! { <span>"↓ " {lang.t(CaseUi::DirectionDown)}</span> }.into_any()
        }
        None => text_or_not_stated(None, lang),
    }
}

/// Every stated figure: the structured reading and the report's own words side by side.
#[component]
fn OutcomeTable(outcomes: Vec<Metric>, lang: Lang) -> impl IntoView {
    if outcomes.is_empty() {
        return view! { <p class="not-stated" data-testid="no-outcomes">{lang.t(CaseUi::NoOutcome)}</p> }
            .into_any();
    }
    view! {
        <div class="table-scroll">
            <table class="data outcome-table" data-testid="outcomes">
                {table_head([CaseUi::Measure, CaseUi::Value, CaseUi::Direction, CaseUi::Baseline, CaseUi::Kind, CaseUi::Wording].map(|key| lang.t(key)))}
                <tbody>
                    {outcomes
                        .iter()
                        .map(|metric| {
                            let baseline = match (&metric.baseline, metric.from) {
                                (Some(b), Some(from)) => view! {
                                    <span>{b.get(lang).to_string()} "; " {lang.t(CaseUi::From)} " " {crate::charts::number(from)}</span>
                                }.into_any(),
                                (Some(b), None) => view! { <span>{b.get(lang).to_string()}</span> }.into_any(),
                                (None, Some(from)) => view! {
                                    <span>{lang.t(CaseUi::From)} " " {crate::charts::number(from)}</span>
                                }.into_any(),
                                (None, None) => text_or_not_stated(None, lang),
                            };
                            view! {
                                <tr data-testid="outcome">
                                    <td>{metric.measure.get(lang).to_string()}</td>
                                    <td class="num">{figure_text(metric, lang)}</td>
                                    <td>{direction_text(metric.direction, lang)}</td>
                                    <td>{baseline}</td>
                                    <td>{metric_kind_name(metric.kind, lang)}</td>
                                    <td lang="zh-CN" class="wording" data-testid="wording">{metric.wording.clone()}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The link between a case and the case whose figures it repeats, shown on both.
#[component]
fn RepeatNotes(
    data: std::sync::Arc<Catalog>,
    case: Case,
    lang: Lang,
    query: CaseQuery,
) -> impl IntoView {
    let link = |key: CaseUi, other: &Case| {
        let (href, title) = (
            Route::Case(other.id.clone(), query.clone()).href(lang),
            other.title.get(lang).to_string(),
        );
        view! {
            <p class="repeat-note" data-testid="repeat-note">
                {lang.t(key)} " "
                <A href=href>{title}</A>
            </p>
        }
    };
    let repeats = repeated_case(&data, &case).map(|other| link(CaseUi::RepeatsFiguresOf, other));
    let repeated: Vec<_> = repeated_by(&data, &case)
        .map(|other| link(CaseUi::FiguresRepeatedIn, other))
        .collect();
    view! { {repeats} {repeated} }
}

/// Section (with its parent), page, footnote and the original sentence.
#[component]
fn SourceBlock(data: std::sync::Arc<Catalog>, case: Case, lang: Lang) -> impl IntoView {
    let section = data.section(&case.cite.section);
    let parent = section
        .and_then(|s| s.parent.as_ref())
        .and_then(|p| data.section(p));
    let section_name = |s: &crate::domain::Section| {
        format!(
            "{} {}",
            s.number.clone().unwrap_or_default(),
            s.title.get(lang)
        )
        .trim()
        .to_string()
    };
    let trail: Vec<String> = parent
        .into_iter()
        .chain(section)
        .map(section_name)
        .collect();
    view! {
        <dl class="case-facts" data-testid="case-source">
            <dt>{lang.t(CaseUi::Section)}</dt>
            <dd data-section=case.cite.section.to_string()>
                {if trail.is_empty() { case.cite.section.to_string() } else { trail.join(" › ") }}
            </dd>
            <dt>{lang.t(CaseUi::Footnote)}</dt>
            <dd>
                {if case.cite.footnotes.is_empty() {
                    text_or_not_stated(None, lang)
                } else {
                    case.cite
                        .footnotes
                        .iter()
                        .map(|note| view! { <span class="footnote">{format!("[{}] {}", note.number, note.text.get(lang))}</span> })
                        .collect_view()
                        .into_any()
                }}
            </dd>
        </dl>
        {case_citation(&case)}
    }
}

/// Challenges and recommendations of chapter 五 whose links name this case.
#[component]
fn Related(data: std::sync::Arc<Catalog>, id: CaseId, lang: Lang) -> impl IntoView {
    let challenges: Vec<_> = data
        .challenges
        .iter()
        .filter(|c| c.cases.contains(&id))
        .collect();
    let recommendations: Vec<_> = data
        .recommendations
        .iter()
        .filter(|r| r.cases.contains(&id))
        .collect();
    if challenges.is_empty() && recommendations.is_empty() {
        return view! {
            <h2>{lang.t(CaseUi::RelatedChallenges)}</h2>
            <p class="not-stated" data-testid="no-related">{lang.t(CaseUi::NoRelated)}</p>
        }
        .into_any();
    }
    let scope = |r: &crate::domain::Recommendation| match (r.scope, lang) {
        (crate::domain::Scope::Enterprise, Lang::Zh) => "企业",
        (crate::domain::Scope::Enterprise, Lang::En) => "enterprise",
        (crate::domain::Scope::Industry, Lang::Zh) => "行业",
        (crate::domain::Scope::Industry, Lang::En) => "industry",
    };
    let challenges = challenges
        .iter()
        .map(|c| Linked {
            id: c.id.to_string(),
            label: format!("{}. {}", c.number, c.title.get(lang)),
            facet: Facet::Challenge,
            cases: c.cases.len(),
            cite: c.cite.clone(),
        })
        .collect();
    let recommendations = recommendations
        .iter()
        .map(|r| Linked {
            id: r.id.to_string(),
            label: format!("{} · {}. {}", scope(r), r.number, r.title.get(lang)),
            facet: Facet::Rec,
            cases: r.cases.len(),
            cite: r.cite.clone(),
        })
        .collect();
    view! {
        <div class="related">
            {linked_list(CaseUi::RelatedChallenges, "related-challenges", challenges, lang)}
            {linked_list(CaseUi::RelatedRecommendations, "related-recommendations", recommendations, lang)}
        </div>
    }
    .into_any()
}

/// A challenge or recommendation whose links name the case.
struct Linked {
    id: String,
    label: String,
    /// The explorer facet that selects its cases.
    facet: Facet,
    cases: usize,
    cite: Cite,
}

/// Under `heading`, each of `items` with a link to the explorer showing its cases and its
/// source; or "none linked".
fn linked_list(
    heading: CaseUi,
    testid: &'static str,
    items: Vec<Linked>,
    lang: Lang,
) -> impl IntoView {
    let list = if items.is_empty() {
        view! { <p class="not-stated">{lang.t(CaseUi::NoneLinked)}</p> }.into_any()
    } else {
        view! {
            <ul data-testid=testid>
                {items.into_iter().map(|item| {
                    let cases = Route::cases_with(item.facet, &item.id).href(lang);
                    let count = format!("{} ({})", lang.t(CaseUi::CasesLinked), item.cases);
                    view! {
                        <li data-id=item.id>
                            <span>{item.label}</span>
                            " · "
                            <A href=cases>{count}</A>
                            " "
                            <CiteRef cite=item.cite/>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <div>
            <h2>{lang.t(heading)}</h2>
            {list}
        </div>
    }
}
