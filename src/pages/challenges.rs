//! The tracing view (挑战 → 建议 → 案例): a Sankey of chapter 五's challenges, the
//! recommendations that answer them and the cases linked to either, beside an accessible
//! nested list of the same links. `?focus=<challenge id>` traces one challenge alone.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::charts::tracing::{
    domain_color, recommendation_tag, tracing_height, tracing_sankey_focused, CHALLENGE_COLOR,
    ENTERPRISE_COLOR, INDUSTRY_COLOR,
};
use crate::charts::ChartTarget;
use crate::components::chart::ChartView;
use crate::components::cite::CiteRef;
use crate::components::citing::ItemActions;
use crate::components::link::A;
use crate::context::{use_app, use_lang, use_view_query};
use crate::domain::brief::BriefItem;
use crate::domain::catalog::Catalog;
use crate::domain::report_search::Hit;
use crate::domain::tracing::{
    case_coverage, challenges_answered_by, challenges_in_order, focused_challenge,
    recommendations_answering, recommendations_of_scope, TracingNode,
};
use crate::domain::{CaseId, Challenge, ChallengeId, Domain, Recommendation, Scope};
use crate::i18n::challenges::ChallengeUi;
use crate::i18n::{domain_name, Lang};
use crate::routes::{anchor_of, Route};

#[component]
pub fn ChallengesPage() -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let query = use_view_query();
    let navigate = use_navigate();

    // Only a known challenge id counts as focus.
    let focus = {
        let data = data.clone();
        Memo::new(move |_| {
            let query = query.read();
            focused_challenge(&data, query.get_str("focus")).map(|c| c.id.clone())
        })
    };

    let figure = {
        let data = data.clone();
        Signal::derive(move || tracing_sankey_focused(&data, lang.get(), focus.get().as_deref()))
    };
    let label = Signal::derive(move || lang.get().t(ChallengeUi::ChartLabel).to_string());
    let height = {
        let data = data.clone();
        Memo::new(move |_| tracing_height(&data, focus.get().as_deref()))
    };
    let on_click = Callback::new(move |target: ChartTarget| {
        if let ChartTarget::Node(node) = target {
            navigate(
                &Route::from(&node).href(lang.get_untracked()),
                Default::default(),
            );
        }
    });

    // The full chart's case column: every case linked to a challenge or recommendation.
    let (linked_cases, total_cases) = case_coverage(&data);

    let focus_banner = {
        let data = data.clone();
        move || {
            let lang = lang.get();
            let id = focus.get()?;
            let challenge = data.challenge(&id)?;
            Some(view! {
                <p class="tracing-focus" data-testid="tracing-focus" role="status">
                    <span>{lang.t(ChallengeUi::FocusShowing)}</span>
                    " "
                    <strong>{challenge_heading(challenge, lang)}</strong>
                    " "
                    // A plain link: the router navigates it, without marking it aria-current.
                    <a href=Route::Challenges { focus: None }.href(lang) data-testid="focus-clear">
                        {lang.t(ChallengeUi::FocusShowAll)}
                    </a>
                    {challenge
                        .cases
                        .is_empty()
                        .then(|| {
                            view! {
                                <span class="tracing-focus-note">
                                    {lang.t(ChallengeUi::FocusNoCase)}
                                </span>
                            }
                        })}
                </p>
            })
        }
    };

    let challenge_list = {
        let data = data.clone();
        move || {
            let lang = lang.get();
            let focused = focus.get();
            challenges_in_order(&data)
                .into_iter()
                .map(|challenge| {
                    let is_focused = focused.as_deref() == Some(challenge.id.as_str());
                    view! { <ChallengeItem data=data.clone() challenge=challenge.clone() lang is_focused/> }
                })
                .collect_view()
        }
    };

    let recommendation_lists = {
        let data = data.clone();
        move || {
            let lang = lang.get();
            let focused = focus.get();
            [
                (Scope::Enterprise, ChallengeUi::EnterpriseRecsHeading),
                (Scope::Industry, ChallengeUi::IndustryRecsHeading),
            ]
            .into_iter()
            .map(|(scope, heading)| {
                let recs = recommendations_of_scope(&data, scope);
                view! {
                    <h3>{lang.t(heading)}</h3>
                    <ol class="rec-detail-list">
                        {recs
                            .into_iter()
                            .map(|rec| {
                                view! {
                                    <RecommendationItem
                                        data=data.clone()
                                        rec=rec.clone()
                                        lang
                                        focus=focused.clone()
                                    />
                                }
                            })
                            .collect_view()}
                    </ol>
                }
            })
            .collect_view()
        }
    };

    view! {
        <section class="page tracing-page">
            <h1>{move || lang.get().t(ChallengeUi::Title)}</h1>
            <p class="tracing-intro">{move || lang.get().t(ChallengeUi::Intro)}</p>
            <p class="tracing-intro">{move || lang.get().t(ChallengeUi::LinkRule)}</p>

            {focus_banner}
            {move || {
                let height = height.get();
                view! {
                    <ChartView figure label on_click height name="challenge-tracing"/>
                }
            }}
            <div class="tracing-notes">
                <Legend/>
                <ul class="tracing-caveats">
                    <li>{move || lang.get().t(ChallengeUi::ChartHint)}</li>
                    <li data-testid="value-note">{move || lang.get().t(ChallengeUi::ValueNote)}</li>
                    <li>{move || lang.get().t(ChallengeUi::FlowNote)}</li>
                    <li>
                        {move || lang.get().t(ChallengeUi::CoverageCases)}
                        " "
                        <b>{linked_cases}</b>
                        " "
                        {move || lang.get().t(ChallengeUi::CoverageOf)}
                        " "
                        {total_cases}
                    </li>
                </ul>
            </div>

            <div class="tracing-lists">
                <section class="tracing-challenges" aria-labelledby="tracing-challenges-heading">
                    <h2 id="tracing-challenges-heading">
                        {move || lang.get().t(ChallengeUi::ChallengesHeading)}
                    </h2>
                    <ol class="challenge-list" data-testid="challenge-list">
                        {challenge_list}
                    </ol>
                </section>
                <section class="tracing-recommendations" aria-labelledby="tracing-recs-heading">
                    <h2 id="tracing-recs-heading">{move || lang.get().t(ChallengeUi::RecsHeading)}</h2>
                    {recommendation_lists}
                </section>
            </div>
        </section>
    }
}

/// "挑战 3 · 算力基础设施运营存在较大技术和商业挑战".
fn challenge_heading(challenge: &Challenge, lang: Lang) -> String {
    format!(
        "{} {} · {}",
        lang.t(ChallengeUi::ChallengeNumber),
        challenge.number,
        challenge.title.get(lang)
    )
}

fn scope_name(scope: Scope, lang: Lang) -> &'static str {
    match scope {
        Scope::Enterprise => lang.t(ChallengeUi::ScopeEnterprise),
        Scope::Industry => lang.t(ChallengeUi::ScopeIndustry),
    }
}

fn scope_class(scope: Scope) -> &'static str {
    match scope {
        Scope::Enterprise => "scope-badge scope-enterprise",
        Scope::Industry => "scope-badge scope-industry",
    }
}

/// The colour key of the chart, drawn with the chart's own colours.
#[component]
fn Legend() -> impl IntoView {
    let lang = use_lang();
    let swatch = |color: &'static str| {
        view! { <span class="swatch" aria-hidden="true" style:background-color=color></span> }
    };
    move || {
        let lang = lang.get();
        view! {
            <div class="tracing-legend" data-testid="tracing-legend">
                <h2 class="visually-hidden">{lang.t(ChallengeUi::LegendHeading)}</h2>
                <ul>
                    <li>{swatch(CHALLENGE_COLOR)}{lang.t(ChallengeUi::LegendChallenge)}</li>
                    <li>{swatch(ENTERPRISE_COLOR)}{lang.t(ChallengeUi::LegendEnterprise)}</li>
                    <li>{swatch(INDUSTRY_COLOR)}{lang.t(ChallengeUi::LegendIndustry)}</li>
                    <li class="legend-cases">
                        {lang.t(ChallengeUi::LegendCase)}
                        {Domain::ALL
                            .into_iter()
                            .map(|domain| {
                                view! {
                                    <span class="legend-domain">
                                        {swatch(domain_color(domain))}
                                        {domain_name(domain, lang)}
                                    </span>
                                }
                            })
                            .collect_view()}
                    </li>
                </ul>
            </div>
        }
    }
}

/// Links to the cases with these ids, or `empty` said in words.
fn case_links(data: &Catalog, ids: &[CaseId], lang: Lang, empty: ChallengeUi) -> AnyView {
    if ids.is_empty() {
        return view! { <p class="no-case" data-testid="no-case">{lang.t(empty)}</p> }.into_any();
    }
    view! {
        <ul class="tracing-case-list">
            {ids
                .iter()
                .map(|id| {
                    let case = data.case(id);
                    let title = case
                        .map(|case| case.title.get(lang).to_string())
                        .unwrap_or_else(|| id.to_string());
                    let domain = case.map(|case| {
                        view! {
                            <span class="domain-tag">
                                <span
                                    class="swatch"
                                    aria-hidden="true"
                                    style:background-color=domain_color(case.domain)
                                ></span>
                                {domain_name(case.domain, lang)}
                            </span>
                        }
                    });
                    view! {
                        <li data-case=id.to_string()>
                            <A href=Route::from(&TracingNode::Case(id.clone())).href(lang)>
                                {title}
                            </A>
                            " "
                            {domain}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn ChallengeItem(
    data: Arc<Catalog>,
    challenge: Challenge,
    lang: Lang,
    is_focused: bool,
) -> impl IntoView {
    let explorer = Route::from(&TracingNode::Challenge(challenge.id.clone())).href(lang);
    let (trace, trace_key) = if is_focused {
        (
            Route::Challenges { focus: None },
            ChallengeUi::TracedInChart,
        )
    } else {
        let focus = Some(challenge.id.clone());
        (Route::Challenges { focus }, ChallengeUi::TraceInChart)
    };
    let rec_items = recommendations_answering(&data, &challenge)
        .into_iter()
        .map(|rec| {
            let badge = format!("{} {}", scope_name(rec.scope, lang), rec.number);
            let link = Route::from(&TracingNode::Recommendation(rec.id.clone())).href(lang);
            let (id, title, cite) = (
                rec.id.to_string(),
                rec.title.get(lang).to_string(),
                rec.cite.clone(),
            );
            view! {
                <li data-rec=id>
                    <span class=scope_class(rec.scope)>{badge}</span>
                    " "
                    <A href=link>{title}</A>
                    <CiteRef cite/>
                </li>
            }
        })
        .collect::<Vec<_>>();

    view! {
        <li
            class="challenge-item"
            class:focused=is_focused
            id=anchor_of(&Hit::Challenge(challenge.id.clone()))
            data-challenge=challenge.id.to_string()
        >
            <h3>
                <span class="challenge-number">
                    {format!("{} {}", lang.t(ChallengeUi::ChallengeNumber), challenge.number)}
                </span>
                " "
                {challenge.title.get(lang).to_string()}
            </h3>
            <p class="challenge-summary">{challenge.summary.get(lang).to_string()}</p>
            <CiteRef cite=challenge.cite.clone()/>
            <ItemActions
                cite=challenge.cite.clone()
                title=challenge.title.clone()
                link=Route::Challenges { focus: Some(challenge.id.clone()) }
                pin=BriefItem::Challenge(challenge.id.clone())
            />
            <p class="challenge-actions">
                <A href=explorer attr:class="button" attr:data-testid="challenge-cases-link">
                    {lang.t(ChallengeUi::ChallengeInExplorer)}
                </A>
                <a href=trace.href(lang) class="trace-link" data-testid="trace-link">
                    {lang.t(trace_key)}
                </a>
            </p>
            <div class="challenge-links">
                <div>
                    <h4>{lang.t(ChallengeUi::RecsAnswering)}</h4>
                    <ul class="tracing-rec-list">{rec_items}</ul>
                </div>
                <div>
                    <h4>{lang.t(ChallengeUi::CasesTackling)}</h4>
                    {case_links(&data, &challenge.cases, lang, ChallengeUi::NoCaseForChallenge)}
                </div>
            </div>
        </li>
    }
}

#[component]
fn RecommendationItem(
    data: Arc<Catalog>,
    rec: Recommendation,
    lang: Lang,
    /// The current focus, kept when jumping to a challenge in the list.
    focus: Option<ChallengeId>,
) -> impl IntoView {
    let answers = challenges_answered_by(&data, &rec);
    let answers = if answers.is_empty() {
        view! { <span class="no-case">{lang.t(ChallengeUi::NoChallengeForRec)}</span> }.into_any()
    } else {
        answers
            .into_iter()
            .map(|challenge| {
                view! {
                    // Absolute: the page's <base href="/"> would resolve a bare "#…" to "/".
                    <a
                        href=format!(
                            "{}#challenge-{}",
                            Route::Challenges { focus: focus.clone() }.href(lang),
                            challenge.id,
                        )
                        class="challenge-chip"
                        title=challenge.title.get(lang).to_string()
                    >
                        {format!("{} {}", lang.t(ChallengeUi::ChallengeNumber), challenge.number)}
                    </a>
                }
            })
            .collect_view()
            .into_any()
    };
    let tag = recommendation_tag(&rec, lang);
    view! {
        <li class="rec-item" id=anchor_of(&Hit::Recommendation(rec.id.clone())) data-rec=rec.id.to_string() data-tag=tag>
            <h4>
                <span class=scope_class(rec.scope)>
                    {format!("{} {}", scope_name(rec.scope, lang), rec.number)}
                </span>
                " "
                {rec.title.get(lang).to_string()}
            </h4>
            <CiteRef cite=rec.cite.clone()/>
            <ItemActions
                cite=rec.cite.clone()
                title=rec.title.clone()
                link=Route::Challenges { focus: None }
                anchor=anchor_of(&Hit::Recommendation(rec.id.clone())).unwrap_or_default()
            />
            <details class="rec-summary">
                <summary>{lang.t(ChallengeUi::RecSummary)}</summary>
                <p>{rec.summary.get(lang).to_string()}</p>
            </details>
            <p class="rec-answers">
                <span>{lang.t(ChallengeUi::AnswersChallenges)}</span>
                " "
                {answers}
            </p>
            <h5>{lang.t(ChallengeUi::RecCases)}</h5>
            {case_links(&data, &rec.cases, lang, ChallengeUi::NoCaseForRec)}
            <p>
                <A
                    href=Route::from(&TracingNode::Recommendation(rec.id.clone())).href(lang)
                    attr:class="explorer-link"
                    attr:data-testid="rec-cases-link"
                >
                    {lang.t(ChallengeUi::RecInExplorer)}
                </A>
            </p>
        </li>
    }
}
