//! 对比 (/compare): 2–4 operators (`?ops=ntt,skt,china-mobile`) or tiers
//! (`?tiers=optimisation,transformation`) side by side. The URL holds the selection; the
//! picker navigates (push) to a new URL, and the table and the cases chart follow it.
//! Unknown ids in the URL are ignored with a notice.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::charts::strategy as charts;
use crate::components::chart::ChartView;
use crate::components::cite::CiteRef;
use crate::components::citing::PinButton;
use crate::components::link::A;
use crate::components::operator::{tier_badge, tier_class};
use crate::components::segmented::{Segment, Segmented};
use crate::context::{use_app, use_lang, use_view_query};
use crate::domain::brief::BriefItem;
use crate::domain::catalog::Catalog;
use crate::domain::compare::{
    compare_table, default_tiers, grouped_rows, parse_selection, shown_items, suggested_selections,
    toggle_operator, toggle_tier, Cell, Ignored, Item, Row, RowGroup, RowKind, Selection,
    SelectionStatus,
};
use crate::domain::profile;
use crate::domain::Dataset;
use crate::i18n::strategy::StrategyUi;
use crate::i18n::{domain_name, Lang, Ui};
use crate::routes::Route;

fn row_label(row: &Row, lang: Lang) -> String {
    let key = match &row.kind {
        RowKind::Tier => StrategyUi::Tier,
        RowKind::Country => StrategyUi::Country,
        RowKind::Operators => StrategyUi::OperatorsInTier,
        RowKind::Positioning => StrategyUi::Positioning,
        RowKind::BusinessLayout => StrategyUi::BusinessLayout,
        RowKind::Infrastructure => StrategyUi::Infrastructure,
        RowKind::OwnCapabilities => StrategyUi::OwnCapabilities,
        RowKind::AiRole => StrategyUi::AiRole,
        RowKind::Measure(id) => {
            return row
                .label
                .as_ref()
                .map(|label| label.get(lang).to_string())
                .unwrap_or_else(|| id.to_string())
        }
        RowKind::Investments => StrategyUi::StatedInvestments,
        RowKind::Models => StrategyUi::Models,
        RowKind::Platforms => StrategyUi::Platforms,
        RowKind::ComputeLayouts => StrategyUi::ComputeLayouts,
        RowKind::OrgMoves => StrategyUi::OrgMoves,
        RowKind::Cases(domain) => return domain_name(*domain, lang).to_string(),
    };
    lang.t(key).to_string()
}

fn cell_view(cell: &Cell, lang: Lang) -> AnyView {
    match cell {
        Cell::NotStated => view! {
            <td class="cell-not-stated">
                <span class="not-stated">{lang.t(Ui::NotStated)}</span>
            </td>
        }
        .into_any(),
        Cell::Count(n) => view! { <td class="num">{*n}</td> }.into_any(),
        Cell::Items(items) => {
            let item_view = |item: &Item| {
                let prefix = item.prefix.as_ref().map(
                    |p| view! { <span class="item-prefix">{p.get(lang).to_string()} ": "</span> },
                );
                let label = item.text.get(lang).to_string();
                let text = match &item.link {
                    Some(subject) => {
                        view! { <A href=Route::from(subject).href(lang)>{label}</A> }.into_any()
                    }
                    None => view! { <span>{label}</span> }.into_any(),
                };
                let cite = item.cite.clone().map(|cite| view! { <CiteRef cite/> });
                view! { <li>{prefix} {text} {cite}</li> }
            };
            // Long lists show their first items; the rest open on demand.
            let cut = shown_items(items.len());
            let first = items.iter().take(cut).map(item_view).collect_view();
            let rest = (cut < items.len()).then(|| {
                let more = items.iter().skip(cut).map(item_view).collect_view();
                view! {
                    <details class="more-items">
                        <summary>{format!("+{} {}", items.len() - cut, lang.t(StrategyUi::MoreItems))}</summary>
                        <ul class="cell-items">{more}</ul>
                    </details>
                }
            });
            view! {
                <td>
                    <ul class="cell-items">{first}</ul>
                    {rest}
                </td>
            }
            .into_any()
        }
    }
}

fn ignored_text(item: &Ignored, lang: Lang) -> String {
    match item {
        Ignored::UnknownOperator(id) => {
            format!("{}: {id}", lang.t(StrategyUi::IgnoredUnknownOperator))
        }
        Ignored::UnknownTier(id) => format!("{}: {id}", lang.t(StrategyUi::IgnoredUnknownTier)),
        Ignored::Duplicate(id) => format!("{}: {id}", lang.t(StrategyUi::IgnoredDuplicate)),
        Ignored::TooMany(id) => format!("{}: {id}", lang.t(StrategyUi::IgnoredTooMany)),
        Ignored::TiersWithOperators => lang.t(StrategyUi::IgnoredTiersWithOps).to_string(),
    }
}

fn table_view(data: &Dataset, selection: &Selection, lang: Lang) -> AnyView {
    let table = compare_table(data, selection);
    if table.columns.is_empty() {
        return ().into_any();
    }
    let head = table
        .columns
        .iter()
        .map(|column| {
            let name = column.name.get(lang).to_string();
            let badge = (!selection.is_tiers())
                .then(|| tier_badge(column.tier.and_then(|id| profile::tier(data, id)), lang));
            view! {
                <th scope="col" data-column=column.subject.key().to_string()>
                    <A href=Route::from(&column.subject).href(lang) attr:class="column-name">{name}</A>
                    {badge}
                </th>
            }
        })
        .collect_view();
    let width = table.columns.len() + 1;
    let mut rows = Vec::new();
    for (opens, row) in grouped_rows(&table) {
        if let Some(group) = opens {
            let title = match group {
                RowGroup::Measures => lang.t(StrategyUi::MeasuresTitle),
                RowGroup::Cases => lang.t(StrategyUi::CasesByDomain),
            };
            rows.push(
                view! {
                    <tr class="group-row">
                        <th scope="colgroup" colspan=width>{title}</th>
                    </tr>
                }
                .into_any(),
            );
        }
        let cells = row
            .cells
            .iter()
            .map(|cell| cell_view(cell, lang))
            .collect_view();
        let marker = row.differs.then(|| {
            view! { <span class="differs-marker" title=lang.t(StrategyUi::DiffersNote)>{lang.t(StrategyUi::Differs)}</span> }
        });
        rows.push(
            view! {
                <tr
                    class=if row.differs { "differs" } else { "same" }
                    data-row=row.kind.key()
                    data-differs=row.differs.to_string()
                >
                    <th scope="row">{row_label(row, lang)} {marker}</th>
                    {cells}
                </tr>
            }
            .into_any(),
        );
    }
    view! {
        <p class="hint">{lang.t(StrategyUi::DiffersNote)}</p>
        <div class="table-scroll">
            <table
                class=format!("data compare-table cols-{}", table.columns.len())
                data-testid="compare-table"
            >
                <thead>
                    <tr>
                        <th scope="col" class="corner"><span class="visually-hidden">{lang.t(StrategyUi::CompareRowHeader)}</span></th>
                        {head}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The empty page: the suggested comparisons, each named by what it compares.
fn suggestions(data: &Catalog, lang: Lang) -> AnyView {
    let label = |selection: &Selection| match selection {
        Selection::Operators(ids) => ids
            .iter()
            .filter_map(|id| data.operator(id))
            .map(|op| op.name.get(lang).to_string())
            .collect::<Vec<_>>()
            .join(" · "),
        Selection::Tiers(tiers) => tiers
            .iter()
            .filter_map(|id| profile::tier(data, *id))
            .map(|tier| tier.name.get(lang).to_string())
            .collect::<Vec<_>>()
            .join(" ↔ "),
    };
    let links = suggested_selections(data)
        .into_iter()
        .map(|selection| {
            let label = label(&selection);
            view! {
                <li>
                    <A href=Route::Compare(selection).href(lang)>{label}</A>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="empty-state" data-testid="compare-empty">
            <p>{lang.t(StrategyUi::EmptySelection)}</p>
            <ul class="suggestions">{links}</ul>
        </div>
    }
    .into_any()
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let data = use_app().catalog();
    let lang = use_lang();
    let query = use_view_query();
    let navigate = use_navigate();

    let parse_data = data.clone();
    let parsed = Memo::new(move |_| {
        let query = query.read();
        parse_selection(&parse_data, query.get_str("ops"), query.get_str("tiers"))
    });
    let selection = Memo::new(move |_| parsed.with(|p| p.selection.clone()));
    // The picker is rebuilt only when the mode changes; its boxes follow the selection.
    let tiers_mode = Memo::new(move |_| selection.with(Selection::is_tiers));
    let go = Callback::new(move |next: Selection| {
        let path = Route::Compare(next).href(lang.get_untracked());
        navigate(
            &path,
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    });

    let notice = move || {
        let lang = lang.get();
        let ignored = parsed.with(|p| p.ignored.clone());
        (!ignored.is_empty()).then(|| {
            let items = ignored
                .iter()
                .map(|item| view! { <li>{ignored_text(item, lang)}</li> })
                .collect_view();
            view! {
                <div class="notice" role="status" data-testid="compare-notice">
                    <p>{lang.t(StrategyUi::IgnoredNotice)}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    };

    let picker_data = data.clone();
    let picker = move || {
        let lang = lang.get();
        let data = picker_data.clone();
        let tiers_mode = tiers_mode.get();
        let ranked = profile::tiers_by_rank(&data);
        let default_tiers = default_tiers(&data);
        // The mode's value is "tiers?"; choosing the mode already shown does nothing.
        let select_mode = Callback::new(move |tiers: bool| {
            if tiers != selection.with_untracked(Selection::is_tiers) {
                go.run(if tiers {
                    Selection::Tiers(default_tiers.clone())
                } else {
                    Selection::default()
                });
            }
        });
        let mode = view! {
            <Segmented
                options=vec![
                    Segment::new(false, "mode-operators", move || lang.t(StrategyUi::CompareOperators)),
                    Segment::new(true, "mode-tiers", move || lang.t(StrategyUi::CompareTiers)),
                ]
                current=Signal::derive(move || tiers_mode)
                on_select=select_mode
            />
        };
        let choices = if tiers_mode {
            let boxes = ranked
                .iter()
                .map(|tier| {
                    let id = tier.id;
                    let toggle_data = data.clone();
                    view! {
                        <label class=format!("pick tier-{}", id.key())>
                            <input
                                type="checkbox"
                                data-testid=format!("pick-tier-{}", id.key())
                                prop:checked=move || selection.with(|s| s.contains_tier(id))
                                on:change=move |_| {
                                    let next = toggle_tier(&toggle_data, &selection.get_untracked(), id);
                                    go.run(next);
                                }
                            />
                            {tier.name.get(lang).to_string()}
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="pick-group">
                    <legend>{lang.t(StrategyUi::Tier)}</legend>
                    {boxes}
                </fieldset>
            }
            .into_any()
        } else {
            profile::operators_by_tier(&data)
                .iter()
                .map(|group| {
                    let legend = match group.tier {
                        Some(tier) => tier.name.get(lang).to_string(),
                        None => lang.t(StrategyUi::NoTier).to_string(),
                    };
                    let boxes = group
                        .operators
                        .iter()
                        .map(|op| {
                            let id = op.id.clone();
                            let checked_id = id.clone();
                            let disabled_id = id.clone();
                            let toggle_id = id.clone();
                            view! {
                                <label class="pick">
                                    <input
                                        type="checkbox"
                                        data-testid=format!("pick-{id}")
                                        prop:checked=move || selection.with(|s| s.contains_operator(&checked_id))
                                        prop:disabled=move || {
                                            selection.with(|s| s.refuses_operator(&disabled_id))
                                        }
                                        on:change=move |_| {
                                            go.run(toggle_operator(&selection.get_untracked(), &toggle_id));
                                        }
                                    />
                                    {op.name.get(lang).to_string()}
                                </label>
                            }
                        })
                        .collect_view();
                    let class = format!("pick-group {}", tier_class(group.tier.map(|t| t.id)));
                    view! {
                        <fieldset class=class>
                            <legend>{legend}</legend>
                            {boxes}
                        </fieldset>
                    }
                })
                .collect_view()
                .into_any()
        };
        let title = if tiers_mode {
            StrategyUi::PickTiers
        } else {
            StrategyUi::PickOperators
        };
        view! {
            <div class="picker card" data-testid="compare-picker">
                {mode}
                <p class="picker-title">{lang.t(title)}</p>
                <div class="pick-groups">{choices}</div>
            </div>
        }
    };

    let status_data = data.clone();
    let status = move || {
        let lang = lang.get();
        match selection.with(Selection::status) {
            SelectionStatus::Empty => suggestions(&status_data, lang),
            SelectionStatus::PickMore => view! {
                <p class="hint" data-testid="compare-pick-more">{lang.t(StrategyUi::PickMore)}</p>
            }
            .into_any(),
            SelectionStatus::Full => {
                view! { <p class="hint">{lang.t(StrategyUi::MaxReached)}</p> }.into_any()
            }
            // A ready selection can be pinned to the brief as it is.
            SelectionStatus::Ready => {
                let item = BriefItem::Compare(selection.get());
                view! { <p class="compare-pin"><PinButton item/></p> }.into_any()
            }
        }
    };

    let chart_data = data.clone();
    let figure = Signal::derive(move || {
        selection.with(|selection| charts::cases_per_domain(&chart_data, lang.get(), selection))
    });
    let table_data = data.clone();
    let table = move || {
        let lang = lang.get();
        selection.with(|selection| table_view(&table_data, selection, lang))
    };

    view! {
        <section class="page compare" data-testid="compare-page">
            <h1>{move || lang.get().t(Ui::NavCompare)}</h1>
            <p class="lede">{move || lang.get().t(StrategyUi::CompareLede)}</p>
            {notice}
            {picker}
            {status}
            {table}
            <Show when=move || selection.with(|s| !s.is_empty())>
                <ChartView
                    figure
                    label=Signal::derive(move || lang.get().t(StrategyUi::CompareChartLabel).to_string())
                    name="compare-cases"
                    height=340
                />
            </Show>
        </section>
    }
}
