//! An operator's profile (/operators/:id): tier, country, models and platforms, compute
//! layout, organisational moves, the measures and investments that name it, the industry
//! indicators about it, and its chapter 四 cases by domain with links into the case explorer.
//! An unknown id shows a clear "not found" message.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::charts::strategy as charts;
use crate::components::chart::ChartView;
use crate::components::cite::{text_or_not_stated, CiteRef};
use crate::components::citing::ItemActions;
use crate::components::facts::fact_list;
use crate::components::link::A;
use crate::components::measure::{example_date_partner, investment_line};
use crate::components::operator::{operator_link, tier_badge, tier_class};
use crate::context::{use_app, use_lang};
use crate::domain::amount::amount_text;
use crate::domain::brief::BriefItem;
use crate::domain::catalog::Catalog;
use crate::domain::compare::{peers_selection, Selection};
use crate::domain::profile;
use crate::domain::query::Facet;
use crate::domain::{Domain, Operator};
use crate::i18n::strategy::StrategyUi;
use crate::i18n::{domain_name, Lang, Ui};
use crate::routes::Route;

#[component]
pub fn OperatorPage() -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    move || {
        let id = id.get();
        match data.operator(&id) {
            Some(_) => view! { <OperatorProfile id/> }.into_any(),
            None => view! {
                <section class="page operator not-found" data-testid="operator-not-found" role="alert">
                    <h1>{move || lang.get().t(Ui::NotFound)}</h1>
                    <p>
                        {move || lang.get().t(StrategyUi::OperatorNotFound)}
                        " "
                        <code>{id.clone()}</code>
                    </p>
                    <p>
                        <A href=move || Route::Operators.href(lang.get())>
                            {move || lang.get().t(StrategyUi::BackToOperators)}
                        </A>
                    </p>
                </section>
            }
            .into_any(),
        }
    }
}

/// A titled section of the profile.
fn section(title: StrategyUi, lang: Lang, testid: &'static str, body: AnyView) -> impl IntoView {
    view! {
        <section class="profile-section" data-testid=testid>
            <h2>{lang.t(title)}</h2>
            {body}
        </section>
    }
}

fn measures_body(data: &Catalog, op: &Operator, lang: Lang) -> AnyView {
    let examples = profile::examples_naming(data, &[op.id.as_str()]);
    if examples.is_empty() {
        return view! { <p class="not-stated">{lang.t(Ui::NotStated)}</p> }.into_any();
    }
    examples
        .into_iter()
        .map(|ex| {
            let lines = ex
                .investments()
                .iter()
                .map(|inv| investment_line(inv, lang))
                .collect_view();
            view! {
                <article class="profile-measure" data-measure=ex.measure.id.to_string()>
                    <h3>
                        <span class="measure-number">{ex.measure.number}</span>
                        {ex.measure.name.get(lang).to_string()}
                    </h3>
                    <div class="example-meta">{example_date_partner(ex.example, lang)}</div>
                    <p>{ex.example.description.get(lang).to_string()}</p>
                    <ul class="investments">{lines}</ul>
                    <CiteRef cite=ex.example.cite.clone()/>
                </article>
            }
        })
        .collect_view()
        .into_any()
}

fn indicators_body(data: &Catalog, op: &Operator, lang: Lang) -> AnyView {
    let indicators = profile::indicators_of(data, &op.id);
    if indicators.is_empty() {
        return view! { <p class="not-stated">{lang.t(Ui::NotStated)}</p> }.into_any();
    }
    let items = indicators
        .into_iter()
        .map(|ind| {
            view! {
                <li class="indicator-line" data-indicator=ind.id.to_string()>
                    <strong>{amount_text(&ind.metric).get(lang).to_string()}</strong>
                    " · "
                    {ind.metric.measure.get(lang).to_string()}
                    " · "
                    {text_or_not_stated(ind.period.as_ref(), lang)}
                    " "
                    <CiteRef cite=ind.cite.clone()/>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="indicator-lines">{items}</ul> }.into_any()
}

fn cases_table(data: &Catalog, op: &Operator, lang: Lang) -> AnyView {
    let Some(cases) = profile::operator_cases(data, &op.id) else {
        return view! { <p class="not-stated" data-testid="cases-none">{lang.t(StrategyUi::CasesNone)}</p> }
            .into_any();
    };
    let head = Domain::ALL
        .iter()
        .map(|d| view! { <th scope="col">{domain_name(*d, lang)}</th> })
        .collect_view();
    let total_cells = cases
        .by_domain
        .iter()
        .map(|(_, n)| view! { <td class="num">{*n}</td> })
        .collect_view();
    let org_rows = cases
        .organisations
        .iter()
        .map(|row| {
            let org = row.organisation;
            let path = Route::cases_with(Facet::Org, &org.id).href(lang);
            let cells = row
                .by_domain
                .iter()
                .map(|n| view! { <td class="num">{*n}</td> })
                .collect_view();
            let total = row.total;
            let name = org.name.get(lang).to_string();
            view! {
                <tr data-org=org.id.to_string()>
                    <th scope="row">
                        <A href=path attr:class="org-link">{name}</A>
                    </th>
                    {cells}
                    <td class="num">{total}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="hint">{lang.t(StrategyUi::CasesLede)}</p>
        <div class="table-scroll">
            <table class="data cases-by-domain" data-testid="operator-cases">
                <thead>
                    <tr>
                        <th scope="col">{lang.t(StrategyUi::Organisation)}</th>
                        {head}
                        <th scope="col">{lang.t(StrategyUi::Total)}</th>
                    </tr>
                </thead>
                <tbody>
                    <tr class="total-row">
                        <th scope="row">{lang.t(StrategyUi::AllOrganisations)}</th>
                        {total_cells}
                        <td class="num">{cases.total}</td>
                    </tr>
                    {org_rows}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The head of the profile: name, tier, country, and links to compare and back.
fn profile_head(data: &Catalog, op: &Operator, lang: Lang) -> impl IntoView {
    let tier = profile::tier_of(data, op);
    let compare = Route::Compare(peers_selection(data, op)).href(lang);
    let compare_label = if tier.is_some() {
        StrategyUi::CompareWithPeers
    } else {
        StrategyUi::CompareThis
    };
    view! {
        <header class=format!("profile-head {}", tier_class(tier.map(|t| t.id)))>
            <h1 data-testid="operator-name">{op.name.get(lang).to_string()}</h1>
            <dl class="profile-facts">
                <dt>{lang.t(StrategyUi::Tier)}</dt>
                <dd data-testid="operator-tier">
                    {tier_badge(tier, lang)}
                    {tier.map(|tier| view! { <CiteRef cite=tier.cite.clone()/> })}
                </dd>
                <dt>{lang.t(StrategyUi::Country)}</dt>
                <dd data-testid="operator-country">{text_or_not_stated(op.country.as_ref(), lang)}</dd>
            </dl>
            <CiteRef cite=op.cite.clone()/>
            <ItemActions
                cite=op.cite.clone()
                title=op.name.clone()
                link=Route::Operator(op.id.clone())
                pin=BriefItem::Operator(op.id.clone())
            />
            <p class="profile-actions">
                <A href=compare attr:class="button" attr:data-testid="compare-peers">
                    {lang.t(compare_label)}
                </A>
                " "
                <A href=Route::Operators.href(lang)>{lang.t(StrategyUi::BackToOperators)}</A>
            </p>
        </header>
    }
}

/// The other operators of its tier, if it has one.
fn peers_list(data: &Catalog, op: &Operator, lang: Lang) -> Option<impl IntoView> {
    let links = profile::peers_of(data, op)?
        .into_iter()
        .map(|other| view! { <li>{operator_link(data, other, lang)}</li> })
        .collect_view();
    Some(view! {
        <div class="peers">
            <span class="field-label">{lang.t(StrategyUi::TierOperators)} ": "</span>
            <ul class="op-chips inline">{links}</ul>
        </div>
    })
}

/// Models, compute, organisational moves, indicators and measures naming the operator.
fn profile_body(data: &Catalog, op: &Operator, lang: Lang) -> impl IntoView {
    view! {
        <div class="profile-grid">
            <div class="profile-main">
                {section(StrategyUi::Models, lang, "operator-models", fact_list(&op.models, lang, "models-list"))}
                {section(StrategyUi::Platforms, lang, "operator-platforms", fact_list(&op.platforms, lang, "platforms-list"))}
            </div>
            <div class="profile-side">
                {section(StrategyUi::ComputeLayouts, lang, "operator-compute", fact_list(&op.compute_layouts, lang, "compute-list"))}
                {section(StrategyUi::OrgMoves, lang, "operator-org-moves", fact_list(&op.org_moves, lang, "org-moves-list"))}
                {section(StrategyUi::IndicatorsNaming, lang, "operator-indicators", indicators_body(data, op, lang))}
            </div>
        </div>
        {section(StrategyUi::MeasuresNaming, lang, "operator-measures", measures_body(data, op, lang))}
    }
}

/// A part of the profile that follows the language: `render` of the operator `id`, or
/// nothing should `id` name no operator.
fn profile_part<V, F>(
    data: &Arc<Catalog>,
    id: &str,
    lang: Memo<Lang>,
    render: F,
) -> impl Fn() -> Option<V> + Send + Sync + 'static
where
    F: Fn(&Catalog, &Operator, Lang) -> V + Send + Sync + 'static,
{
    let data = data.clone();
    let id = id.to_string();
    move || {
        let lang = lang.get();
        data.operator(&id).map(|op| render(&data, op, lang))
    }
}

#[component]
fn OperatorProfile(id: String) -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let has_cases = !profile::cases_of(&data, &[id.as_str()]).is_empty();

    let head = profile_part(&data, &id, lang, profile_head);
    let peers = profile_part(&data, &id, lang, peers_list);
    let body = profile_part(&data, &id, lang, profile_body);
    let cases = profile_part(&data, &id, lang, cases_table);
    let chart_data = data.clone();
    let chart_id = id.clone();
    let chart = has_cases.then(|| {
        let figure = Signal::derive(move || {
            charts::cases_per_domain(
                &chart_data,
                lang.get(),
                &Selection::Operators(vec![chart_id.as_str().into()]),
            )
        });
        view! {
            <ChartView
                figure
                label=Signal::derive(move || lang.get().t(StrategyUi::ProfileCasesChart).to_string())
                name="operator-cases"
                height=300
            />
        }
    });

    view! {
        <section class="page operator" data-testid="operator-page" data-operator=id.clone()>
            {head}
            {peers}
            {body}
            <section class="profile-section" data-testid="operator-cases-section">
                <h2>{move || lang.get().t(StrategyUi::CasesByDomain)}</h2>
                {cases}
                {chart}
            </section>
        </section>
    }
}
