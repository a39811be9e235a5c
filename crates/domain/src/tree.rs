//! The unit tree: ancestry, subtrees, and distinct head counts per subtree.

use crate::{PersonId, UnitId};
use std::collections::{HashMap, HashSet};

/// A unit tree built from (unit, parent) pairs.
#[derive(Debug, Clone, Default)]
pub struct Tree {
    parent: HashMap<UnitId, Option<UnitId>>,
    children: HashMap<Option<UnitId>, Vec<UnitId>>,
}

impl Tree {
    /// Builds the tree; `units` keeps its order among siblings.
    pub fn new(units: impl IntoIterator<Item = (UnitId, Option<UnitId>)>) -> Tree {
        let mut t = Tree::default();
        for (id, parent) in units {
            t.parent.insert(id, parent);
            t.children.entry(parent).or_default().push(id);
        }
        t
    }

    pub fn contains(&self, id: UnitId) -> bool {
        self.parent.contains_key(&id)
    }

    pub fn roots(&self) -> &[UnitId] {
        self.children_of(None)
    }

    pub fn children_of(&self, id: Option<UnitId>) -> &[UnitId] {
        self.children.get(&id).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The unit itself, then its parent, up to the root. Stops on a cycle.
    pub fn ancestry(&self, id: UnitId) -> Vec<UnitId> {
        let mut out = vec![id];
        let mut cur = id;
        while let Some(Some(p)) = self.parent.get(&cur) {
            if out.contains(p) {
                break;
            }
            out.push(*p);
            cur = *p;
        }
        out
    }

    /// The unit and every unit below it, depth first.
    pub fn subtree(&self, id: UnitId) -> Vec<UnitId> {
        let mut out = Vec::new();
        let mut stack = vec![id];
        let mut seen = HashSet::new();
        while let Some(u) = stack.pop() {
            if !seen.insert(u) {
                continue;
            }
            out.push(u);
            for c in self.children_of(Some(u)).iter().rev() {
                stack.push(*c);
            }
        }
        out
    }

    /// Depth of a unit (a root is 0).
    pub fn depth(&self, id: UnitId) -> usize {
        self.ancestry(id).len() - 1
    }

    /// Distinct people per subtree, from (unit, person) memberships: a person who
    /// works in two units under the same sector counts once for that sector.
    pub fn subtree_head_counts(&self, memberships: &[(UnitId, PersonId)]) -> HashMap<UnitId, usize> {
        let mut sets: HashMap<UnitId, HashSet<PersonId>> = HashMap::new();
        for (unit, person) in memberships {
            for a in self.ancestry(*unit) {
                sets.entry(a).or_default().insert(*person);
            }
        }
        sets.into_iter().map(|(u, s)| (u, s.len())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Tree {
        // 1 ─ 2 ─ 4
        //   └ 3
        // 5
        Tree::new([
            (UnitId(1), None),
            (UnitId(2), Some(UnitId(1))),
            (UnitId(3), Some(UnitId(1))),
            (UnitId(4), Some(UnitId(2))),
            (UnitId(5), None),
        ])
    }

    #[test]
    fn ancestry_and_subtree() {
        let t = sample();
        assert_eq!(t.ancestry(UnitId(4)), vec![UnitId(4), UnitId(2), UnitId(1)]);
        assert_eq!(t.subtree(UnitId(1)), vec![UnitId(1), UnitId(2), UnitId(4), UnitId(3)]);
        assert_eq!(t.roots(), &[UnitId(1), UnitId(5)]);
        assert_eq!(t.depth(UnitId(4)), 2);
    }

    #[test]
    fn head_counts_are_distinct_per_subtree() {
        let t = sample();
        let m = [(UnitId(4), PersonId(1)), (UnitId(3), PersonId(1)), (UnitId(3), PersonId(2)), (UnitId(5), PersonId(3))];
        let c = t.subtree_head_counts(&m);
        assert_eq!(c[&UnitId(1)], 2);
        assert_eq!(c[&UnitId(2)], 1);
        assert_eq!(c[&UnitId(3)], 2);
        assert_eq!(c[&UnitId(5)], 1);
        assert!(!c.contains_key(&UnitId(99)));
    }

    #[test]
    fn cycles_do_not_hang() {
        let t = Tree::new([(UnitId(1), Some(UnitId(2))), (UnitId(2), Some(UnitId(1)))]);
        assert_eq!(t.ancestry(UnitId(1)).len(), 2);
        assert_eq!(t.subtree(UnitId(1)).len(), 2);
    }
}
