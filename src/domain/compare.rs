//! Side-by-side comparison of operators (`?ops=ntt,skt`) or tiers
//! (`?tiers=optimisation,transformation`): parsing and printing the URL selection, and the
//! table of what the report says of each. Where it says nothing, a cell is
//! [`Cell::NotStated`] — never blank, never zero.

use super::amount::amount_text;
use super::ids::{MeasureId, OperatorId};
use super::model::{Cite, Dataset, Domain, Fact, Operator, Text, Tier, TierId};
use super::profile;

/// At most this many operators side by side.
pub const MAX_OPERATORS: usize = 4;
/// A comparison needs at least this many columns.
pub const MIN_COLUMNS: usize = 2;

/// What is being compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    Operators(Vec<OperatorId>),
    Tiers(Vec<TierId>),
}

impl Default for Selection {
    fn default() -> Self {
        Selection::Operators(Vec::new())
    }
}

impl Selection {
    pub fn len(&self) -> usize {
        match self {
            Selection::Operators(ids) => ids.len(),
            Selection::Tiers(tiers) => tiers.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn is_tiers(&self) -> bool {
        matches!(self, Selection::Tiers(_))
    }

    pub fn contains_operator(&self, id: &str) -> bool {
        matches!(self, Selection::Operators(ids) if ids.iter().any(|x| x == id))
    }

    pub fn contains_tier(&self, tier: TierId) -> bool {
        matches!(self, Selection::Tiers(tiers) if tiers.contains(&tier))
    }
}

/// A part of the URL that was not used, so the page can say so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ignored {
    UnknownOperator(String),
    UnknownTier(String),
    Duplicate(String),
    /// More than [`MAX_OPERATORS`] operators: the extra ids.
    TooMany(String),
    /// Both `ops` and `tiers` were given; `tiers` was dropped.
    TiersWithOperators,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedSelection {
    pub selection: Selection,
    pub ignored: Vec<Ignored>,
}

fn ids(param: &str) -> impl Iterator<Item = &str> {
    param.split(',').map(str::trim).filter(|id| !id.is_empty())
}

/// Reads `ops` and `tiers` from the URL. Unknown, duplicate or surplus ids are dropped and
/// reported; `ops` wins when both are present.
pub fn parse_selection(data: &Dataset, ops: Option<&str>, tiers: Option<&str>) -> ParsedSelection {
    let mut ignored = Vec::new();
    let ops = ops.filter(|param| ids(param).next().is_some());
    if let Some(param) = ops {
        if tiers.is_some_and(|t| ids(t).next().is_some()) {
            ignored.push(Ignored::TiersWithOperators);
        }
        let mut chosen: Vec<String> = Vec::new();
        for id in ids(param) {
            if profile::operator(data, id).is_none() {
                ignored.push(Ignored::UnknownOperator(id.to_string()));
            } else if chosen.iter().any(|x| x == id) {
                ignored.push(Ignored::Duplicate(id.to_string()));
            } else if chosen.len() >= MAX_OPERATORS {
                ignored.push(Ignored::TooMany(id.to_string()));
            } else {
                chosen.push(id.to_string());
            }
        }
        return ParsedSelection {
            selection: Selection::Operators(chosen.into_iter().map(OperatorId::from).collect()),
            ignored,
        };
    }
    let mut chosen: Vec<TierId> = Vec::new();
    for key in tiers.map(ids).into_iter().flatten() {
        match TierId::from_key(key).filter(|id| profile::tier(data, *id).is_some()) {
            None => ignored.push(Ignored::UnknownTier(key.to_string())),
            Some(id) if chosen.contains(&id) => ignored.push(Ignored::Duplicate(key.to_string())),
            Some(id) => chosen.push(id),
        }
    }
    // `tiers=` (even empty) keeps the page in tier mode.
    let selection = if tiers.is_none() {
        Selection::default()
    } else {
        Selection::Tiers(chosen)
    };
    ParsedSelection { selection, ignored }
}

/// The URL query for a selection, without `?`: `ops=ntt,skt` or `tiers=…`; empty for no
/// operators, `tiers=` for tier mode with nothing picked yet.
pub fn selection_query(selection: &Selection) -> String {
    match selection {
        Selection::Operators(ids) if ids.is_empty() => String::new(),
        Selection::Operators(ids) => format!("ops={}", ids.join(",")),
        Selection::Tiers(tiers) if tiers.is_empty() => "tiers=".to_string(),
        Selection::Tiers(tiers) => format!(
            "tiers={}",
            tiers.iter().map(|t| t.key()).collect::<Vec<_>>().join(",")
        ),
    }
}

/// The tiers a tier comparison starts with: the two ends of the scale (or every tier when
/// there are fewer than two).
pub fn default_tiers(data: &Dataset) -> Vec<TierId> {
    let ranked = profile::tiers_by_rank(data);
    match (ranked.first(), ranked.last()) {
        (Some(first), Some(last)) if first.id != last.id => vec![first.id, last.id],
        _ => ranked.iter().map(|t| t.id).collect(),
    }
}

/// Comparisons worth offering on an empty page: the three Chinese operators, Asian leaders
/// against China Mobile, one of each tier, and the two ends of the tier scale. Only operators
/// the data has; only suggestions with at least [`MIN_COLUMNS`] columns.
pub fn suggested_selections(data: &Dataset) -> Vec<Selection> {
    let groups: [&[&str]; 3] = [
        &["china-mobile", "china-telecom", "china-unicom"],
        &["ntt", "skt", "china-mobile"],
        &["att", "vodafone", "china-telecom"],
    ];
    let mut out: Vec<Selection> = groups
        .iter()
        .map(|ids| {
            ids.iter()
                .filter(|id| profile::operator(data, id).is_some())
                .map(|id| OperatorId::from(*id))
                .collect::<Vec<_>>()
        })
        .filter(|ids| ids.len() >= MIN_COLUMNS)
        .map(Selection::Operators)
        .collect();
    let tiers = default_tiers(data);
    if tiers.len() >= MIN_COLUMNS {
        out.push(Selection::Tiers(tiers));
    }
    out
}

/// An operator with the peers of its tier, to compare from its profile.
pub fn peers_selection(data: &Dataset, op: &Operator) -> Selection {
    let mut ids = vec![op.id.clone()];
    if let Some(tier) = profile::tier_of(data, op) {
        ids.extend(
            tier.operators
                .iter()
                .filter(|id| **id != op.id)
                .take(MAX_OPERATORS - 1)
                .cloned(),
        );
    }
    Selection::Operators(ids)
}

/// Adds or removes an operator. Switching from tiers starts a new operator selection; a fifth
/// operator is refused (the selection is returned unchanged).
pub fn toggle_operator(selection: &Selection, id: &str) -> Selection {
    let mut ids = match selection {
        Selection::Operators(ids) => ids.clone(),
        Selection::Tiers(_) => Vec::new(),
    };
    if let Some(at) = ids.iter().position(|x| x == id) {
        ids.remove(at);
    } else if ids.len() < MAX_OPERATORS {
        ids.push(OperatorId::from(id));
    }
    Selection::Operators(ids)
}

/// Adds or removes a tier, keeping the tiers in rank order.
pub fn toggle_tier(data: &Dataset, selection: &Selection, tier: TierId) -> Selection {
    let mut tiers = match selection {
        Selection::Tiers(tiers) => tiers.clone(),
        Selection::Operators(_) => Vec::new(),
    };
    if let Some(at) = tiers.iter().position(|x| *x == tier) {
        tiers.remove(at);
    } else {
        tiers.push(tier);
    }
    tiers.sort_by_key(|id| profile::tier(data, *id).map(|t| t.rank));
    Selection::Tiers(tiers)
}

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

    type TierField = fn(&Tier) -> Option<&Text>;
    let tier_fields: [(RowKind, TierField); 5] = [
        (RowKind::Positioning, |t| t.positioning.as_ref()),
        (RowKind::BusinessLayout, |t| t.business_layout.as_ref()),
        (RowKind::Infrastructure, |t| t.infrastructure.as_ref()),
        (RowKind::OwnCapabilities, |t| t.own_capabilities.as_ref()),
        (RowKind::AiRole, |t| t.ai_role.as_ref()),
    ];
    if selection.is_tiers() {
        for (kind, field) in tier_fields {
            push(
                kind,
                None,
                per(&|s| match s.tier {
                    Some(tier) => text_cell(field(tier), &tier.cite),
                    None => Cell::NotStated,
                }),
            );
        }
    }

    let mut measures: Vec<_> = data.measures.iter().collect();
    measures.sort_by_key(|m| m.number);
    for measure in measures {
        let label = Text {
            zh: format!("{}. {}", measure.number, measure.name.zh),
            en: format!("{}. {}", measure.number, measure.name.en),
        };
        push(
            RowKind::Measure(measure.id.clone()),
            Some(label),
            per(&|s| {
                let ids: Vec<&str> = s.operators.iter().map(|op| op.id.as_str()).collect();
                items_or_not_stated(
                    measure
                        .examples
                        .iter()
                        .filter(|ex| ex.operators.iter().any(|id| ids.contains(&id.as_str())))
                        .map(|ex| Item {
                            prefix: s
                                .gathers
                                .then(|| {
                                    s.operators
                                        .iter()
                                        .find(|op| ex.operators.contains(&op.id))
                                        .map(|op| op.name.clone())
                                })
                                .flatten(),
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
            let ids: Vec<&str> = s.operators.iter().map(|op| op.id.as_str()).collect();
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
                            prefix: s
                                .gathers
                                .then(|| {
                                    s.operators
                                        .iter()
                                        .find(|op| inv.example.operators.contains(&op.id))
                                        .map(|op| op.name.clone())
                                })
                                .flatten(),
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
            let ids: Vec<&str> = s.operators.iter().map(|op| op.id.as_str()).collect();
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
