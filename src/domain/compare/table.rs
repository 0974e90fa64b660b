//! The side-by-side table: one column per compared operator or tier, one row per thing the
//! report may say of them, with a flag where the columns differ.

use super::selection::Selection;
use crate::domain::amount::amount_text;
use crate::domain::ids::{MeasureId, OperatorId};
use crate::domain::model::{Cite, Dataset, Domain, Fact, Operator, Text, Tier, TierId};
use crate::domain::profile;
use crate::domain::tiers::TierField;

/// What a column or an item stands for; the view turns it into a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Operator(OperatorId),
    Tier(TierId),
}

impl Subject {
    /// The operator id or tier key.
    pub fn key(&self) -> &str {
        match self {
            Subject::Operator(id) => id.as_str(),
            Subject::Tier(tier) => tier.key(),
        }
    }
}

/// One column of the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub subject: Subject,
    pub name: Text,
    pub tier: Option<TierId>,
}

/// One thing the report says, with where it says it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Whose it is, when a tier column gathers several operators.
    pub prefix: Option<Text>,
    pub text: Text,
    pub detail: Option<Text>,
    pub cite: Option<Cite>,
    /// What to follow (an operator's profile, the tier map).
    pub link: Option<Subject>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// The report says nothing here.
    NotStated,
    Items(Vec<Item>),
    /// A count of the report's cases.
    Count(usize),
}

impl Cell {
    /// A language-independent key of the cell's content, so rows can be checked for
    /// differences.
    fn fingerprint(&self) -> String {
        match self {
            Cell::NotStated => "∅".to_string(),
            Cell::Count(n) => format!("#{n}"),
            Cell::Items(items) => {
                let mut texts: Vec<&str> = items.iter().map(|item| item.text.zh.as_str()).collect();
                texts.sort_unstable();
                texts.join("\u{1f}")
            }
        }
    }
}

/// What a row shows. The view turns this into a label in the current language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowKind {
    Tier,
    Country,
    /// The operators a tier column stands for.
    Operators,
    Positioning,
    BusinessLayout,
    Infrastructure,
    OwnCapabilities,
    AiRole,
    /// One of the five measures, by id.
    Measure(MeasureId),
    Investments,
    Models,
    Platforms,
    ComputeLayouts,
    OrgMoves,
    Cases(Domain),
}

impl From<TierField> for RowKind {
    fn from(field: TierField) -> Self {
        match field {
            TierField::Positioning => RowKind::Positioning,
            TierField::BusinessLayout => RowKind::BusinessLayout,
            TierField::Infrastructure => RowKind::Infrastructure,
            TierField::OwnCapabilities => RowKind::OwnCapabilities,
            TierField::AiRole => RowKind::AiRole,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub kind: RowKind,
    /// For measure rows: the measure's number and name from the data.
    pub label: Option<Text>,
    pub cells: Vec<Cell>,
    /// True when not every column says the same.
    pub differs: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompareTable {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

fn items_or_not_stated(items: Vec<Item>) -> Cell {
    if items.is_empty() {
        Cell::NotStated
    } else {
        Cell::Items(items)
    }
}

fn text_cell(text: Option<&Text>, cite: &Cite) -> Cell {
    match text {
        Some(text) => Cell::Items(vec![Item {
            prefix: None,
            text: text.clone(),
            detail: None,
            cite: Some(cite.clone()),
            link: None,
        }]),
        None => Cell::NotStated,
    }
}

fn fact_items(
    operators: &[&Operator],
    facts: fn(&Operator) -> &Vec<Fact>,
    prefix: bool,
) -> Vec<Item> {
    operators
        .iter()
        .flat_map(|op| {
            facts(op).iter().map(move |fact| Item {
                prefix: prefix.then(|| op.name.clone()),
                text: fact.label.clone(),
                detail: fact.detail.clone(),
                cite: Some(fact.cite.clone()),
                link: None,
            })
        })
        .collect()
}

/// Who a column stands for.
struct Gathered<'a> {
    column: Column,
    operators: Vec<&'a Operator>,
    tier: Option<&'a Tier>,
    /// True for a tier column, whose items name their operator.
    gathers: bool,
}

impl Gathered<'_> {
    /// The ids of the operators the column stands for.
    fn ids(&self) -> Vec<&str> {
        self.operators.iter().map(|op| op.id.as_str()).collect()
    }

    /// In a tier column, an item's prefix: the first of the column's operators it `names`.
    fn prefix(&self, names: &[OperatorId]) -> Option<Text> {
        self.gathers
            .then(|| {
                self.operators
                    .iter()
                    .find(|op| names.contains(&op.id))
                    .map(|op| op.name.clone())
            })
            .flatten()
    }
}

fn subjects<'a>(data: &'a Dataset, selection: &Selection) -> Vec<Gathered<'a>> {
    match selection {
        Selection::Operators(ids) => ids
            .iter()
            .filter_map(|id| profile::operator(data, id))
            .map(|op| {
                let tier = profile::tier_of(data, op);
                Gathered {
                    column: Column {
                        subject: Subject::Operator(op.id.clone()),
                        name: op.name.clone(),
                        tier: tier.map(|t| t.id),
                    },
                    operators: vec![op],
                    tier,
                    gathers: false,
                }
            })
            .collect(),
        Selection::Tiers(tiers) => tiers
            .iter()
            .filter_map(|id| profile::tier(data, *id))
            .map(|tier| Gathered {
                column: Column {
                    subject: Subject::Tier(tier.id),
                    name: tier.name.clone(),
                    tier: Some(tier.id),
                },
                operators: profile::tier_operators(data, tier),
                tier: Some(tier),
                gathers: true,
            })
            .collect(),
    }
}

/// The side-by-side table for a selection. Columns follow the selection's order.
pub fn compare_table(data: &Dataset, selection: &Selection) -> CompareTable {
    let subjects = subjects(data, selection);
    let mut rows: Vec<Row> = Vec::new();
    let mut push = |kind: RowKind, label: Option<Text>, cells: Vec<Cell>| {
        let differs = cells
            .windows(2)
            .any(|pair| pair[0].fingerprint() != pair[1].fingerprint());
        rows.push(Row {
            kind,
            label,
            cells,
            differs,
        });
    };
    let per = |f: &dyn Fn(&Gathered) -> Cell| subjects.iter().map(f).collect::<Vec<_>>();

    if selection.is_tiers() {
        push(
            RowKind::Operators,
            None,
            per(&|s| {
                items_or_not_stated(
                    s.operators
                        .iter()
                        .map(|op| Item {
                            prefix: None,
                            text: op.name.clone(),
                            detail: None,
                            cite: None,
                            link: Some(Subject::Operator(op.id.clone())),
                        })
                        .collect(),
                )
            }),
        );
    } else {
        push(
            RowKind::Tier,
            None,
            per(&|s| match s.tier {
                Some(tier) => Cell::Items(vec![Item {
                    prefix: None,
                    text: tier.name.clone(),
                    detail: None,
                    cite: Some(tier.cite.clone()),
                    link: Some(Subject::Tier(tier.id)),
                }]),
                None => Cell::NotStated,
            }),
        );
        push(
            RowKind::Country,
            None,
            per(&|s| match s.operators.first() {
                Some(op) => text_cell(op.country.as_ref(), &op.cite),
                None => Cell::NotStated,
            }),
        );
    }

    if selection.is_tiers() {
        for field in TierField::ALL {
            push(
                RowKind::from(field),
                None,
                per(&|s| match s.tier {
                    Some(tier) => text_cell(field.of(tier), &tier.cite),
                    None => Cell::NotStated,
                }),
            );
        }
    }

    for measure in profile::measures_by_number(data) {
        let label = Text {
            zh: format!("{}. {}", measure.number, measure.name.zh),
            en: format!("{}. {}", measure.number, measure.name.en),
        };
        push(
            RowKind::Measure(measure.id.clone()),
            Some(label),
            per(&|s| {
                let ids = s.ids();
                items_or_not_stated(
                    measure
                        .examples
                        .iter()
                        .filter(|ex| ex.operators.iter().any(|id| ids.contains(&id.as_str())))
                        .map(|ex| Item {
                            prefix: s.prefix(&ex.operators),
                            text: ex.description.clone(),
                            detail: None,
                            cite: Some(ex.cite.clone()),
                            link: None,
                        })
                        .collect(),
                )
            }),
        );
    }

    push(
        RowKind::Investments,
        None,
        per(&|s| {
            let ids = s.ids();
            items_or_not_stated(
                profile::investments_naming(data, &ids)
                    .into_iter()
                    .map(|inv| {
                        let purpose = inv.investment.purpose.clone();
                        let period = inv.investment.period.clone();
                        let detail = match (period, purpose) {
                            (Some(p), Some(q)) => Some(Text {
                                zh: format!("{} · {}", p.zh, q.zh),
                                en: format!("{} · {}", p.en, q.en),
                            }),
                            (Some(p), None) => Some(p),
                            (None, q) => q,
                        };
                        Item {
                            prefix: s.prefix(&inv.example.operators),
                            text: amount_text(&inv.investment.amount),
                            detail,
                            cite: Some(inv.example.cite.clone()),
                            link: None,
                        }
                    })
                    .collect(),
            )
        }),
    );

    push(
        RowKind::Models,
        None,
        per(&|s| items_or_not_stated(fact_items(&s.operators, |op| &op.models, s.gathers))),
    );
    push(
        RowKind::Platforms,
        None,
        per(&|s| items_or_not_stated(fact_items(&s.operators, |op| &op.platforms, s.gathers))),
    );
    push(
        RowKind::ComputeLayouts,
        None,
        per(&|s| {
            items_or_not_stated(fact_items(
                &s.operators,
                |op| &op.compute_layouts,
                s.gathers,
            ))
        }),
    );
    push(
        RowKind::OrgMoves,
        None,
        per(&|s| items_or_not_stated(fact_items(&s.operators, |op| &op.org_moves, s.gathers))),
    );

    let counts: Vec<Option<[(Domain, usize); 5]>> = subjects
        .iter()
        .map(|s| {
            let ids = s.ids();
            profile::cases_by_domain(data, &ids)
        })
        .collect();
    for (index, domain) in Domain::ALL.into_iter().enumerate() {
        push(
            RowKind::Cases(domain),
            None,
            counts
                .iter()
                .map(|c| match c {
                    Some(c) => Cell::Count(c[index].1),
                    None => Cell::NotStated,
                })
                .collect(),
        );
    }

    CompareTable {
        columns: subjects.into_iter().map(|s| s.column).collect(),
        rows,
    }
}
