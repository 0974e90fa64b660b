//! Pieces of the five measures' examples shown on several views: an example's date and
//! partner, and one investment it states.

use leptos::prelude::*;

use crate::components::cite::optional_text;
use crate::domain::amount::amount_text;
use crate::domain::profile::InvestmentRef;
use crate::domain::MeasureExample;
use crate::i18n::strategy::StrategyUi;
use crate::i18n::Lang;

/// One stated investment: the amount as the report words it, period and purpose.
pub fn investment_line(inv: &InvestmentRef<'_>, lang: Lang) -> AnyView {
    let amount = amount_text(&inv.investment.amount);
    let kind = if inv.is_money() { "money" } else { "ratio" };
    let period = optional_text(inv.investment.period.as_ref(), "inv-period", lang);
    let purpose = optional_text(inv.investment.purpose.as_ref(), "inv-purpose", lang);
    view! {
        <li class=format!("investment investment-{kind}")>
            <strong class="inv-amount">{amount.get(lang).to_string()}</strong>
            {period}
            {purpose}
            <q class="inv-wording" lang="zh-CN">{inv.investment.amount.wording.clone()}</q>
        </li>
    }
    .into_any()
}

/// A measure example's date and partner, where stated.
pub fn example_date_partner(example: &MeasureExample, lang: Lang) -> impl IntoView {
    let date = optional_text(example.date.as_ref(), "example-date", lang);
    let partner = example.partner.as_ref().map(|p| {
        view! {
            <span class="example-partner">
                {lang.t(StrategyUi::Partner)} ": " {p.get(lang).to_string()}
            </span>
        }
    });
    view! { {date} {partner} }
}
