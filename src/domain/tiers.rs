//! The tiers of Figure 6 as the strategy views show them: the order of the tier cards, the
//! fields of a card, the line under a tier's name, and where each operator sits on the tier
//! map. Pure look-ups and layout, tested natively.

use super::ids::OperatorId;
use super::model::{Dataset, Text, Tier, TierId};
use super::profile;

/// Where an operator sits on the tier map. `rank` is the tier's ordinal position on both
/// axes; `x`/`y` spread operators of one tier inside the tier's block so they don't overlap.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    pub operator: OperatorId,
    pub tier: TierId,
    pub rank: u8,
    pub x: f64,
    pub y: f64,
}

/// Offsets within a tier's unit block for `n` operators: one column up to three, then two
/// columns filled top to bottom. The top fifth of the block is left for the tier's name.
fn spread(n: usize, i: usize) -> (f64, f64) {
    let columns = if n <= 3 { 1 } else { 2 };
    let rows = n.div_ceil(columns).max(1);
    let (column, row) = (i / rows, i % rows);
    let x = if columns == 1 {
        0.3
    } else {
        0.04 + 0.51 * column as f64
    };
    let y = if rows == 1 {
        0.45
    } else {
        0.72 - 0.57 * row as f64 / (rows - 1) as f64
    };
    (x, y)
}

/// Layout coordinates only (not report figures), rounded to keep the JSON tidy.
fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

/// Every operator listed in tiers.json with its place: the block of tier rank r spans
/// [r-1, r] on both axes. Tiers in rank order, each tier's operators in its own order.
pub fn placements(data: &Dataset) -> Vec<Placement> {
    profile::tiers_by_rank(data)
        .into_iter()
        .flat_map(|tier| {
            let n = tier.operators.len();
            tier.operators.iter().enumerate().map(move |(i, id)| {
                let (dx, dy) = spread(n, i);
                let base = f64::from(tier.rank) - 1.0;
                Placement {
                    operator: id.clone(),
                    tier: tier.id,
                    rank: tier.rank,
                    x: round3(base + dx),
                    y: round3(base + dy),
                }
            })
        })
        .collect()
}

/// The tier cards' order: from the top of the scale down (highest rank first).
pub fn tiers_top_down(data: &Dataset) -> Vec<&Tier> {
    let mut tiers = profile::tiers_by_rank(data);
    tiers.reverse();
    tiers
}

/// The five descriptive fields of a tier, in the order the cards and the comparison show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TierField {
    Positioning,
    BusinessLayout,
    Infrastructure,
    OwnCapabilities,
    AiRole,
}

impl TierField {
    pub const ALL: [TierField; 5] = [
        TierField::Positioning,
        TierField::BusinessLayout,
        TierField::Infrastructure,
        TierField::OwnCapabilities,
        TierField::AiRole,
    ];

    /// What the report says of `tier` in this field, if anything.
    pub fn of(self, tier: &Tier) -> Option<&Text> {
        match self {
            TierField::Positioning => tier.positioning.as_ref(),
            TierField::BusinessLayout => tier.business_layout.as_ref(),
            TierField::Infrastructure => tier.infrastructure.as_ref(),
            TierField::OwnCapabilities => tier.own_capabilities.as_ref(),
            TierField::AiRole => tier.ai_role.as_ref(),
        }
    }
}

/// The line under a tier's name in the operator list: its positioning, else its business
/// layout, else nothing.
pub fn tier_note(tier: &Tier) -> Option<&Text> {
    tier.positioning.as_ref().or(tier.business_layout.as_ref())
}
