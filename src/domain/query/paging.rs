//! Paging of a result, and a case's place in it (previous / next, the page that holds it).

use std::ops::Range;

/// Cases per page of results.
pub const PAGE_SIZE: usize = 20;

/// One page of a result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paging {
    /// The page shown (1-based), clamped to `1..=pages`.
    pub page: usize,
    /// At least 1, even for an empty result.
    pub pages: usize,
    /// Indices into the result list.
    pub range: Range<usize>,
}

pub fn paging(total: usize, page: usize) -> Paging {
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let start = (page - 1) * PAGE_SIZE;
    Paging {
        page,
        pages,
        range: start.min(total)..(start + PAGE_SIZE).min(total),
    }
}

/// The page (1-based) that holds the result row at `position` (0-based).
pub fn page_of(position: usize) -> usize {
    position / PAGE_SIZE + 1
}

/// A neighbouring case in a result: its index into `dataset.cases` and the page holding it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Neighbour {
    pub case: usize,
    pub page: usize,
}

/// Where a case stands in a result, for the detail page's back / previous / next links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Neighbours {
    /// The case's row in the result (0-based).
    pub position: usize,
    /// How many rows the result has.
    pub total: usize,
    pub previous: Option<Neighbour>,
    pub next: Option<Neighbour>,
    /// The page that holds the case, for the link back to the results.
    pub back_page: usize,
}

/// The place of case `at` (an index into `dataset.cases`) among `rows` (a result's cases in
/// order); `None` when the result does not hold it.
pub fn neighbours(rows: &[usize], at: usize) -> Option<Neighbours> {
    let position = rows.iter().position(|&case| case == at)?;
    let neighbour = |row: usize| {
        rows.get(row).map(|&case| Neighbour {
            case,
            page: page_of(row),
        })
    };
    Some(Neighbours {
        position,
        total: rows.len(),
        previous: position.checked_sub(1).and_then(neighbour),
        next: neighbour(position + 1),
        back_page: page_of(position),
    })
}

/// Rows a result update builds before its first paint: what a laptop screen shows of the
/// cards (two rows of three; each card costs about 1 ms to build, issue #10). The rest
/// follow in the task after that paint.
pub const FIRST_BATCH: usize = 6;

/// How much of `next` (the rows of a page, in order) to draw before the first paint of an
/// update when `shown` is on screen: the longest prefix that builds at most `budget` rows
/// not already in `shown` (rows kept from `shown` cost nothing to draw again).
pub fn first_batch<K: PartialEq>(shown: &[K], next: &[K], budget: usize) -> usize {
    let mut built = 0;
    for (position, key) in next.iter().enumerate() {
        if !shown.contains(key) {
            if built == budget {
                return position;
            }
            built += 1;
        }
    }
    next.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_batch_builds_at_most_the_budget_of_new_rows() {
        let next: Vec<usize> = (0..PAGE_SIZE).collect();
        assert_eq!(first_batch(&[], &next, 8), 8);
        // Rows already on screen come along without counting.
        assert_eq!(first_batch(&[0, 1, 2], &next, 8), 11);
        assert_eq!(first_batch(&next, &next, 8), PAGE_SIZE);
        // A short page is drawn whole.
        assert_eq!(first_batch(&[], &next[..5], 8), 5);
        assert_eq!(first_batch::<usize>(&[], &[], 8), 0);
        // A budget of nothing still keeps the rows on screen at the front.
        assert_eq!(first_batch(&[0, 1], &next, 0), 2);
    }

    #[test]
    fn page_of_counts_from_one() {
        assert_eq!(page_of(0), 1);
        assert_eq!(page_of(PAGE_SIZE - 1), 1);
        assert_eq!(page_of(PAGE_SIZE), 2);
        assert_eq!(page_of(2 * PAGE_SIZE + 3), 3);
    }

    #[test]
    fn a_case_outside_the_result_has_no_place() {
        assert_eq!(neighbours(&[4, 7, 9], 5), None);
        assert_eq!(neighbours(&[], 0), None);
    }

    #[test]
    fn first_middle_and_last_rows() {
        let rows = [4, 7, 9];
        let first = neighbours(&rows, 4).expect("4 is in the result");
        assert_eq!(first.position, 0);
        assert_eq!(first.total, 3);
        assert_eq!(first.previous, None);
        assert_eq!(first.next, Some(Neighbour { case: 7, page: 1 }));
        assert_eq!(first.back_page, 1);
        let middle = neighbours(&rows, 7).expect("7 is in the result");
        assert_eq!(middle.previous, Some(Neighbour { case: 4, page: 1 }));
        assert_eq!(middle.next, Some(Neighbour { case: 9, page: 1 }));
        let last = neighbours(&rows, 9).expect("9 is in the result");
        assert_eq!(last.position, 2);
        assert_eq!(last.next, None);
    }

    #[test]
    fn neighbours_across_a_page_boundary_carry_their_own_page() {
        // Rows in a sorted order: case indices are not positions.
        let rows: Vec<usize> = (0..PAGE_SIZE + 5).rev().collect();
        let at = rows[PAGE_SIZE - 1];
        let place = neighbours(&rows, at).expect("in the result");
        assert_eq!(place.position, PAGE_SIZE - 1);
        assert_eq!(place.back_page, 1);
        assert_eq!(
            place.previous,
            Some(Neighbour {
                case: rows[PAGE_SIZE - 2],
                page: 1
            })
        );
        assert_eq!(
            place.next,
            Some(Neighbour {
                case: rows[PAGE_SIZE],
                page: 2
            })
        );
        let second = neighbours(&rows, rows[PAGE_SIZE]).expect("in the result");
        assert_eq!(second.back_page, 2);
    }
}
