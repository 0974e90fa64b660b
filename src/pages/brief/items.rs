//! One pinned item as the brief shows it: its title, its key figures in the report's wording
//! (in one language), its original sentences with their pages, its link and its citation.

use leptos::context::Provider;
use leptos::prelude::*;

use crate::components::cite::CiteRef;
use crate::domain::amount::figure_text;
use crate::domain::brief::BriefItem;
use crate::domain::catalog::Catalog;
use crate::domain::compare::Selection;
use crate::domain::query::CaseQuery;
use crate::domain::report_search::Hit;
use crate::domain::{Cite, Fact, Metric, Operator, OperatorId, Tier, TierId};
use crate::i18n::brief::{kind_label, BriefUi};
use crate::i18n::{tier_name, Lang, Ui};
use crate::routes::{hit_href, Route};

fn tier_of(data: &Catalog, id: TierId) -> Option<&Tier> {
    data.tiers.iter().find(|tier| tier.id == id)
}

fn operator_names(data: &Catalog, ids: &[OperatorId], lang: Lang) -> String {
    let names: Vec<&str> = ids
        .iter()
        .map(|id| {
            data.operator(id)
                .map_or(id.as_str(), |op| op.name.get(lang))
        })
        .collect();
    names.join(separator(lang))
}

fn separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    }
}

/// The item's title in `lang`; `None` when the data no longer has it.
pub fn item_title(data: &Catalog, item: &BriefItem, lang: Lang) -> Option<String> {
    Some(match item {
        BriefItem::Operator(id) => data.operator(id)?.name.get(lang).to_string(),
        BriefItem::Compare(Selection::Operators(ids)) => operator_names(data, ids, lang),
        BriefItem::Compare(Selection::Tiers(tiers)) => {
            let names: Vec<&str> = tiers.iter().map(|t| tier_name(*t, lang)).collect();
            names.join(separator(lang))
        }
        BriefItem::Case(id) => data.case(id)?.title.get(lang).to_string(),
        BriefItem::Challenge(id) => data.challenge(id)?.title.get(lang).to_string(),
        BriefItem::Example(id) => {
            let (measure, example) = data.example(id)?;
            let who = operator_names(data, &example.operators, lang);
            format!("{who} · {}", measure.name.get(lang))
        }
        BriefItem::Indicator(id) => {
            let indicator = data.indicator(id)?;
            format!(
                "{} · {}",
                indicator.subject.get(lang),
                indicator.metric.measure.get(lang)
            )
        }
        BriefItem::Finding(id) => data.finding(id)?.topic.get(lang).to_string(),
    })
}

/// The citations of the item: its record's, or each compared operator's or tier's (a
/// sentence that names several of them once).
pub fn item_cites(data: &Catalog, item: &BriefItem) -> Vec<Cite> {
    let mut cites = all_cites(data, item);
    let mut seen = Vec::new();
    cites.retain(|cite| {
        let key = (cite.page, cite.quote.clone());
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
    cites
}

fn all_cites(data: &Catalog, item: &BriefItem) -> Vec<Cite> {
    let one = |cite: Option<&Cite>| cite.into_iter().cloned().collect::<Vec<_>>();
    match item {
        BriefItem::Operator(id) => one(data.operator(id).map(|r| &r.cite)),
        BriefItem::Compare(Selection::Operators(ids)) => ids
            .iter()
            .filter_map(|id| data.operator(id).map(|r| r.cite.clone()))
            .collect(),
        BriefItem::Compare(Selection::Tiers(tiers)) => tiers
            .iter()
            .filter_map(|t| tier_of(data, *t).map(|r| r.cite.clone()))
            .collect(),
        BriefItem::Case(id) => one(data.case(id).map(|r| &r.cite)),
        BriefItem::Challenge(id) => one(data.challenge(id).map(|r| &r.cite)),
        BriefItem::Example(id) => one(data.example(id).map(|(_, r)| &r.cite)),
        BriefItem::Indicator(id) => one(data.indicator(id).map(|r| &r.cite)),
        BriefItem::Finding(id) => one(data.finding(id).map(|r| &r.cite)),
    }
}

/// Where the item lives in the app.
pub fn item_href(item: &BriefItem, lang: Lang) -> String {
    match item {
        BriefItem::Operator(id) => Route::Operator(id.clone()).href(lang),
        BriefItem::Compare(selection) => Route::Compare(selection.clone()).href(lang),
        BriefItem::Case(id) => Route::Case(id.clone(), CaseQuery::default()).href(lang),
        BriefItem::Challenge(id) => Route::Challenges {
            focus: Some(id.clone()),
        }
        .href(lang),
        BriefItem::Example(id) => hit_href(&Hit::Example(id.clone()), lang),
        BriefItem::Indicator(id) => hit_href(&Hit::Indicator(id.clone()), lang),
        BriefItem::Finding(id) => hit_href(&Hit::Finding(id.clone()), lang),
    }
}

/// A stable key of the item for element ids and test hooks: `case-<id>`, `compare-ntt-skt`.
pub fn item_key(item: &BriefItem) -> String {
    match item {
        BriefItem::Compare(Selection::Operators(ids)) => format!("compare-{}", ids.join("-")),
        BriefItem::Compare(Selection::Tiers(tiers)) => {
            let keys: Vec<&str> = tiers.iter().map(|t| t.key()).collect();
            format!("compare-{}", keys.join("-"))
        }
        other => format!("{}-{}", other.kind().key(), other.id().unwrap_or_default()),
    }
}

/// A labelled list of figures or names, or nothing when the list is empty.
fn figure_list(label: BriefUi, lines: Vec<String>, lang: Lang) -> Option<AnyView> {
    (!lines.is_empty()).then(|| {
        let lines = lines
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view();
        view! {
            <div class="brief-figures">
                <span class="brief-figures-label">{lang.t(label)}</span>
                <ul>{lines}</ul>
            </div>
        }
        .into_any()
    })
}

/// A metric in the report's words (zh) or as our translation with the stated figure (en).
fn metric_line(metric: &Metric, lang: Lang) -> String {
    match lang {
        Lang::Zh => metric.wording.clone(),
        Lang::En => format!("{}: {}", metric.measure.en, figure_text(metric, lang)),
    }
}

fn operator_figures(op: &Operator, lang: Lang) -> Vec<Option<AnyView>> {
    let tier = op.tier.map(|t| tier_name(t, lang).to_string());
    let tier = tier.unwrap_or_else(|| lang.t(Ui::NotStated).to_string());
    let labels = |facts: &[Fact]| -> Vec<String> {
        facts
            .iter()
            .map(|f| f.label.get(lang).to_string())
            .collect()
    };
    vec![
        figure_list(BriefUi::Tier, vec![tier], lang),
        figure_list(BriefUi::Models, labels(&op.models), lang),
        figure_list(BriefUi::Platforms, labels(&op.platforms), lang),
    ]
}

/// The item's key figures in one language.
fn figures(data: &Catalog, item: &BriefItem, lang: Lang) -> Vec<Option<AnyView>> {
    match item {
        BriefItem::Operator(id) => match data.operator(id) {
            Some(op) => operator_figures(op, lang),
            None => Vec::new(),
        },
        BriefItem::Compare(Selection::Operators(ids)) => {
            let lines = ids
                .iter()
                .filter_map(|id| data.operator(id))
                .map(|op| {
                    let tier = op
                        .tier
                        .map_or(lang.t(Ui::NotStated), |t| tier_name(t, lang));
                    format!("{} — {tier}", op.name.get(lang))
                })
                .collect();
            vec![figure_list(BriefUi::Operators, lines, lang)]
        }
        BriefItem::Compare(Selection::Tiers(tiers)) => {
            let lines = tiers
                .iter()
                .filter_map(|t| tier_of(data, *t))
                .map(|tier| {
                    let who = operator_names(data, &tier.operators, lang);
                    format!("{} — {who}", tier.name.get(lang))
                })
                .collect();
            vec![figure_list(BriefUi::Tier, lines, lang)]
        }
        BriefItem::Case(id) => {
            let Some(case) = data.case(id) else {
                return Vec::new();
            };
            let lines: Vec<String> = case.outcomes.iter().map(|m| metric_line(m, lang)).collect();
            let summary =
                view! { <p class="brief-summary">{case.summary.get(lang).to_string()}</p> };
            vec![
                Some(summary.into_any()),
                figure_list(BriefUi::Outcomes, lines, lang),
            ]
        }
        BriefItem::Challenge(id) => {
            let Some(challenge) = data.challenge(id) else {
                return Vec::new();
            };
            let lines = challenge
                .recommendations
                .iter()
                .filter_map(|id| data.recommendation(id))
                .map(|rec| rec.title.get(lang).to_string())
                .collect();
            let summary =
                view! { <p class="brief-summary">{challenge.summary.get(lang).to_string()}</p> };
            vec![
                Some(summary.into_any()),
                figure_list(BriefUi::Recommendations, lines, lang),
            ]
        }
        BriefItem::Example(id) => {
            let Some((_, example)) = data.example(id) else {
                return Vec::new();
            };
            let text = example.description.get(lang).to_string();
            let lines = example
                .investments
                .iter()
                .map(|inv| metric_line(&inv.amount, lang))
                .collect();
            vec![
                Some(view! { <p class="brief-summary">{text}</p> }.into_any()),
                figure_list(BriefUi::Investments, lines, lang),
            ]
        }
        BriefItem::Indicator(id) => {
            let Some(indicator) = data.indicator(id) else {
                return Vec::new();
            };
            let figure = figure_text(&indicator.metric, lang);
            let period = indicator.period.as_ref().map(|p| p.get(lang).to_string());
            let period = period.map(|p| view! { <span class="brief-period">{p}</span> });
            vec![Some(
                view! {
                    <p class="brief-figure">
                        <strong class="brief-number">{figure}</strong>
                        " "
                        {period}
                    </p>
                    <p class="brief-wording" lang="zh-CN">{indicator.metric.wording.clone()}</p>
                }
                .into_any(),
            )]
        }
        BriefItem::Finding(id) => {
            let Some(finding) = data.finding(id) else {
                return Vec::new();
            };
            let text = finding.statement.get(lang).to_string();
            vec![Some(
                view! { <p class="brief-statement">{text}</p> }.into_any(),
            )]
        }
    }
}

/// The item in one language: its kind, title (a link to its view) and key figures. Rendered
/// under that language, so everything inside speaks it.
pub fn item_column(data: &Catalog, item: &BriefItem, lang: Lang) -> AnyView {
    let Some(title) = item_title(data, item, lang) else {
        return view! {
            <div class="brief-col" lang=lang.html_lang()>
                <p class="not-stated">{lang.t(BriefUi::Missing)}</p>
            </div>
        }
        .into_any();
    };
    let href = item_href(item, lang);
    let body = figures(data, item, lang);
    view! {
        <div class="brief-col" lang=lang.html_lang() data-lang=lang.code()>
            <p class="brief-kind">{kind_label(item.kind(), lang)}</p>
            <h2 class="brief-title"><a href=href>{title}</a></h2>
            {body}
        </div>
    }
    .into_any()
}

/// The item's original sentences (Chinese) with page and sources, with `CiteRef` in `lang`.
pub fn item_quotes(cites: Vec<Cite>, lang: Lang) -> AnyView {
    // Built inside the provider, so that each `CiteRef` reads this language.
    view! {
        <Provider value=Memo::new(move |_| lang)>
            {quote_list(cites, lang)}
        </Provider>
    }
    .into_any()
}

fn quote_list(cites: Vec<Cite>, lang: Lang) -> impl IntoView {
    let quotes = cites
        .into_iter()
        .map(|cite| {
            let quote = cite.quote.clone().map(|quote| {
                view! {
                    <blockquote
                        class="brief-quote"
                        lang="zh-CN"
                        data-testid="brief-quote"
                        title=lang.t(BriefUi::Quote)
                    >
                        {quote}
                    </blockquote>
                }
            });
            let page = cite.page;
            view! {
                <div class="brief-source" data-page=page>
                    {quote}
                    <CiteRef cite/>
                </div>
            }
        })
        .collect_view();
    view! { <div class="brief-quotes">{quotes}</div> }
}
