//! Side-by-side comparison of operators (`?ops=ntt,skt`) or tiers
//! (`?tiers=optimisation,transformation`): parsing and printing the URL selection
//! ([`selection`]), the table of what the report says of each ([`table`]; where it says
//! nothing, a cell is [`Cell::NotStated`] — never blank, never zero), and how the table's rows
//! are keyed, grouped and cut for display ([`rows`]).

pub mod rows;
pub mod selection;
pub mod table;

pub use rows::*;
pub use selection::*;
pub use table::*;
