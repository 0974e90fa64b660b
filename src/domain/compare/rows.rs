//! How the comparison's rows are shown: each row's stable key (the `data-row` of the page),
//! the groups of rows that get a heading, and how many items a long cell shows at first.

use super::table::{CompareTable, Row, RowKind};

impl RowKind {
    /// A stable, language-independent key of the row.
    pub fn key(&self) -> String {
        match self {
            RowKind::Tier => "tier".into(),
            RowKind::Country => "country".into(),
            RowKind::Operators => "operators".into(),
            RowKind::Positioning => "positioning".into(),
            RowKind::BusinessLayout => "business-layout".into(),
            RowKind::Infrastructure => "infrastructure".into(),
            RowKind::OwnCapabilities => "own-capabilities".into(),
            RowKind::AiRole => "ai-role".into(),
            RowKind::Measure(id) => format!("measure-{id}"),
            RowKind::Investments => "investments".into(),
            RowKind::Models => "models".into(),
            RowKind::Platforms => "platforms".into(),
            RowKind::ComputeLayouts => "compute".into(),
            RowKind::OrgMoves => "org-moves".into(),
            RowKind::Cases(domain) => format!("cases-{}", domain.key()),
        }
    }

    /// The group of rows this row belongs to, if it is one that gets a heading.
    pub fn group(&self) -> Option<RowGroup> {
        match self {
            RowKind::Measure(_) => Some(RowGroup::Measures),
            RowKind::Cases(_) => Some(RowGroup::Cases),
            _ => None,
        }
    }
}

/// Rows that are shown under a heading of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowGroup {
    /// One row per measure.
    Measures,
    /// One row per domain of cases.
    Cases,
}

/// The rows in order, each with the heading that opens before it: a group's heading before
/// its first row (again should the group resume after other rows), otherwise `None`.
pub fn grouped_rows(table: &CompareTable) -> Vec<(Option<RowGroup>, &Row)> {
    let mut last = None;
    table
        .rows
        .iter()
        .map(|row| {
            let group = row.kind.group();
            let opens = group.filter(|_| group != last);
            last = group;
            (opens, row)
        })
        .collect()
}

/// A cell shows at most this many items at first; the rest open on demand.
pub const SHOWN_ITEMS: usize = 5;

/// How many of a cell's `count` items show at first: all of them, unless more than one
/// would be left over, then [`SHOWN_ITEMS`].
pub fn shown_items(count: usize) -> usize {
    if count > SHOWN_ITEMS + 1 {
        SHOWN_ITEMS
    } else {
        count
    }
}
