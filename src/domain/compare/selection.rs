//! The compared selection: what the URL holds (`?ops=…` or `?tiers=…`), how it is read back
//! with what was ignored, how picking changes it, and the selections the views start from.

use crate::domain::ids::OperatorId;
use crate::domain::model::{Dataset, Operator, TierId};
use crate::domain::profile;

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

    /// An operator selection with no room for another operator.
    pub fn is_full(&self) -> bool {
        !self.is_tiers() && self.len() >= MAX_OPERATORS
    }

    /// True when the operator cannot be picked now: it is not chosen and there is no room.
    pub fn refuses_operator(&self, id: &str) -> bool {
        !self.contains_operator(id) && self.is_full()
    }

    /// What the page says about the selection before (or instead of) the table.
    pub fn status(&self) -> SelectionStatus {
        if self.is_empty() {
            SelectionStatus::Empty
        } else if self.len() < MIN_COLUMNS {
            SelectionStatus::PickMore
        } else if self.is_full() {
            SelectionStatus::Full
        } else {
            SelectionStatus::Ready
        }
    }
}

/// The state of a selection, as the compare page reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelectionStatus {
    /// Nothing picked: the page offers suggestions.
    Empty,
    /// Fewer than [`MIN_COLUMNS`] columns.
    PickMore,
    /// [`MAX_OPERATORS`] operators: no more can be added.
    Full,
    /// A comparison with room for more.
    Ready,
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
    let peers = profile::peers_of(data, op).unwrap_or_default();
    ids.extend(peers.into_iter().take(MAX_OPERATORS - 1).cloned());
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
