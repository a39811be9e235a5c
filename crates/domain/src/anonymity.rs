//! The one rule for figures about people shown to anyone but those people: every group shown
//! has at least `k` people or none, and no group can be worked out by subtracting shown
//! groups from each other (for two shown groups A ⊂ B, B \ A is empty or has at least `k`).
//! Pages and the API ask here what they may show, and show nothing else.

use crate::UnitId;
use crate::tree::Tree;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// The threshold when an organisation has not set one (10-FAKTOR's rule).
pub const DEFAULT_THRESHOLD: usize = 5;
/// No organisation may set it lower.
pub const MIN_THRESHOLD: usize = 3;

/// The threshold to use for an organisation's setting.
pub fn threshold(setting: Option<usize>) -> usize {
    setting.unwrap_or(DEFAULT_THRESHOLD).max(MIN_THRESHOLD)
}

/// A group of `n` people may be shown on its own.
fn fits(n: usize, k: usize) -> bool {
    n == 0 || n >= k
}

/// Ordered groups (age bands) joined with their neighbours until each has at least `k`
/// people: the ranges of the original groups to show. Nothing when all of them together
/// have fewer than `k`.
pub fn merge_adjacent(counts: &[usize], k: usize) -> Vec<Range<usize>> {
    let total: usize = counts.iter().sum();
    if total < k.max(1) {
        return vec![];
    }
    let mut out: Vec<(Range<usize>, usize)> = vec![];
    let mut start = 0;
    let mut sum = 0;
    for (i, n) in counts.iter().enumerate() {
        sum += n;
        if sum >= k {
            out.push((start..i + 1, sum));
            start = i + 1;
            sum = 0;
        }
    }
    if start < counts.len() {
        match out.last_mut() {
            // What is left is too few: it joins the group before it.
            Some(last) if sum > 0 => {
                last.0.end = counts.len();
                last.1 += sum;
            }
            // Only empty groups are left: nothing to hide in them.
            _ => out.push((start..counts.len(), sum)),
        }
    }
    out.into_iter().map(|(r, _)| r).collect()
}

/// Groups of one partition that may be shown one by one (their indexes), and the size of the
/// rest, shown together as "others" when there is any. Groups under `k` go to the rest; when
/// the rest is then too small, the smallest shown groups join it until it is not.
pub fn pool_small(sizes: &[usize], k: usize) -> (Vec<usize>, usize) {
    let mut shown: Vec<usize> = (0..sizes.len()).filter(|&i| sizes[i] >= k).collect();
    let mut rest: usize = sizes.iter().enumerate().filter(|(i, _)| !shown.contains(i)).map(|(_, n)| n).sum();
    shown.sort_by_key(|&i| std::cmp::Reverse(sizes[i]));
    while !fits(rest, k) {
        match shown.pop() {
            Some(i) => rest += sizes[i],
            None => break,
        }
    }
    if !fits(rest, k) {
        // Fewer than k in all: nothing is shown.
        return (vec![], 0);
    }
    shown.sort();
    (shown, rest)
}

/// The units whose figures may be shown, given the number of people in each unit's subtree.
/// A unit is shown when it has at least `k` people and, under its shown parent, neither it
/// nor what remains of the parent beside its shown children can be told apart by
/// subtraction. Units are taken largest first, so the big picture survives.
pub fn shown_units(tree: &Tree, people: &HashMap<UnitId, usize>, k: usize) -> HashSet<UnitId> {
    let size = |u: &UnitId| people.get(u).copied().unwrap_or(0);
    let mut shown = HashSet::new();
    let mut stack: Vec<UnitId> = vec![];
    for root in tree.roots() {
        if size(root) >= k {
            shown.insert(*root);
            stack.push(*root);
        }
    }
    while let Some(parent) = stack.pop() {
        let mut rest = size(&parent);
        let mut children: Vec<UnitId> = tree.children_of(Some(parent)).to_vec();
        children.sort_by_key(|c| (std::cmp::Reverse(size(c)), *c));
        for c in children {
            let n = size(&c);
            if n >= k && fits(rest - n, k) {
                rest -= n;
                shown.insert(c);
                stack.push(c);
            }
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_threshold_is_five_unless_set_and_never_below_three() {
        assert_eq!(threshold(None), 5);
        assert_eq!(threshold(Some(8)), 8);
        assert_eq!(threshold(Some(3)), 3);
        assert_eq!(threshold(Some(1)), 3);
    }

    fn sums(counts: &[usize], r: &[Range<usize>]) -> Vec<usize> {
        r.iter().map(|r| counts[r.clone()].iter().sum()).collect()
    }

    #[test]
    fn age_bands_join_their_neighbours_until_each_has_enough() {
        let counts = [2, 3, 6, 1, 0, 7];
        let r = merge_adjacent(&counts, 5);
        assert_eq!(r, vec![0..2, 2..3, 3..6]);
        assert_eq!(sums(&counts, &r), vec![5, 6, 8]);
        // Too few left at the end: they join the last group.
        let counts = [6, 6, 2];
        assert_eq!(merge_adjacent(&counts, 5), vec![0..1, 1..3]);
        // Empty bands at the end are shown as empty.
        assert_eq!(merge_adjacent(&[6, 0, 0], 5), vec![0..1, 1..3]);
        // Every band large enough: unchanged.
        assert_eq!(merge_adjacent(&[5, 9, 5], 5), vec![0..1, 1..2, 2..3]);
        // Fewer than k in all: nothing.
        assert!(merge_adjacent(&[1, 2, 1], 5).is_empty());
        assert!(merge_adjacent(&[0, 0], 5).is_empty());
        // Every group shown has at least k.
        for counts in [[1, 1, 1, 1, 1, 1], [4, 0, 4, 0, 4, 1], [9, 1, 0, 0, 0, 4]] {
            let r = merge_adjacent(&counts, 5);
            assert!(sums(&counts, &r).iter().all(|&n| n >= 5), "{counts:?} → {r:?}");
            assert_eq!(r.iter().map(|r| r.len()).sum::<usize>(), counts.len(), "every band is in one group");
        }
    }

    #[test]
    fn small_groups_are_pooled_and_the_pool_is_never_small() {
        assert_eq!(pool_small(&[10, 7, 5], 5), (vec![0, 1, 2], 0));
        assert_eq!(pool_small(&[10, 2, 3], 5), (vec![0], 5));
        // A pool of 2 takes the smallest shown group with it.
        assert_eq!(pool_small(&[10, 6, 2], 5), (vec![0], 8));
        // Nothing left to take: nothing shown.
        assert_eq!(pool_small(&[2, 1], 5), (vec![], 0));
        assert_eq!(pool_small(&[], 5), (vec![], 0));
        assert_eq!(pool_small(&[4, 1], 5), (vec![], 5), "together they are enough, as one group");
    }

    fn tree(edges: &[(i64, Option<i64>)]) -> Tree {
        Tree::new(edges.iter().map(|(u, p)| (UnitId(*u), p.map(UnitId))))
    }

    #[test]
    fn no_unit_is_shown_that_subtraction_would_reveal() {
        // 1 (12) has children 2 (10) and 3 (2); 2 has 4 (5) and 5 (5).
        let t = tree(&[(1, None), (2, Some(1)), (3, Some(1)), (4, Some(2)), (5, Some(2))]);
        let people: HashMap<UnitId, usize> = [(1, 12), (2, 10), (3, 2), (4, 5), (5, 5)].into_iter().map(|(u, n)| (UnitId(u), n)).collect();
        let shown = shown_units(&t, &people, 5);
        assert!(shown.contains(&UnitId(1)));
        assert!(!shown.contains(&UnitId(2)), "12 − 10 would show the 2 in unit 3");
        assert!(!shown.contains(&UnitId(3)));
        assert!(!shown.contains(&UnitId(4)) && !shown.contains(&UnitId(5)), "below a hidden unit nothing is shown");
        // With 6 more people in unit 3 both children are shown, and theirs too.
        let people: HashMap<UnitId, usize> = [(1, 18), (2, 10), (3, 8), (4, 5), (5, 5)].into_iter().map(|(u, n)| (UnitId(u), n)).collect();
        let shown = shown_units(&t, &people, 5);
        assert_eq!(shown.len(), 5);
    }

    #[test]
    fn siblings_that_leave_a_small_rest_of_their_parent_are_not_all_shown() {
        // 1 (13): children 2 (6) and 3 (5), and 2 people in unit 1 itself.
        let t = tree(&[(1, None), (2, Some(1)), (3, Some(1))]);
        let people: HashMap<UnitId, usize> = [(1, 13), (2, 6), (3, 5)].into_iter().map(|(u, n)| (UnitId(u), n)).collect();
        let shown = shown_units(&t, &people, 5);
        assert!(shown.contains(&UnitId(1)) && shown.contains(&UnitId(2)));
        assert!(!shown.contains(&UnitId(3)), "13 − 6 − 5 would show the 2 in unit 1 itself");
        // A unit equal to its parent reveals nothing new.
        let t = tree(&[(1, None), (2, Some(1))]);
        let people: HashMap<UnitId, usize> = [(1, 7), (2, 7)].into_iter().map(|(u, n)| (UnitId(u), n)).collect();
        assert_eq!(shown_units(&t, &people, 5).len(), 2);
        // Small roots are hidden.
        let people: HashMap<UnitId, usize> = [(1, 4), (2, 4)].into_iter().map(|(u, n)| (UnitId(u), n)).collect();
        assert!(shown_units(&t, &people, 5).is_empty());
    }
}
