//! Candidate pruning for instances with long candidate lists: solve on the
//! `K` cheapest candidates of each left node, then check the duals against
//! full graph. Balanced instances (auction) repair the duals by label
//! correcting over all edges; other instances accept the pruned optimum
//! only if its duals already hold on every edge. On failure (pruned
//! instance infeasible, or not optimal overall) the caller solves the full
//! instance.

use crate::auction;
use crate::solver::{Graph, by_paths, complete_balanced};
use crate::{Instance, Solution};

const K: usize = 12;

pub(crate) fn attempt(inst: &Instance, g: &Graph, balanced: bool) -> Option<Solution> {
    let n = inst.left;
    // Balanced instances only profit when lists are long (dense-ish);
    // the shortest-path solver profits earlier.
    let factor = if balanced { 8 } else { 3 };
    if n == 0 || g.col.len() <= factor * K * n {
        return None;
    }
    let sub = trim(g);
    if balanced {
        // Keep the pruned optimum for every row whose duals hold on all its
        // edges; re-place the others by shortest paths on the full graph.
        let o = auction::run(&sub, n)?;
        let v = &o.v;
        let keep: Vec<bool> = (0..n)
            .map(|i| {
                let ui = o.acost[i] - v[o.col[i] as usize];
                (g.start[i]..g.start[i + 1]).all(|k| ui + v[g.col[k] as usize] <= g.cost[k])
            })
            .collect();
        return complete_balanced(inst, g, &o, &keep);
    }
    let sol = by_paths(inst, &sub).ok()?;
    let (u, v) = (&sol.duals.u, &sol.duals.v);
    let clean = (0..n).all(|i| (g.start[i]..g.start[i + 1]).all(|k| u[i] + v[g.col[k] as usize] <= g.cost[k]));
    clean.then_some(sol)
}

/// The `K` cheapest candidates (ties by right node) of each row.
fn trim(g: &Graph) -> Graph {
    let n = g.start.len() - 1;
    let mut start = Vec::with_capacity(n + 1);
    let mut col = Vec::with_capacity(n * K);
    let mut cost = Vec::with_capacity(n * K);
    let mut row: Vec<(i64, u32)> = Vec::new();
    start.push(0);
    for i in 0..n {
        let (s, e) = (g.start[i], g.start[i + 1]);
        if e - s <= K {
            col.extend_from_slice(&g.col[s..e]);
            cost.extend_from_slice(&g.cost[s..e]);
        } else {
            row.clear();
            row.extend((s..e).map(|k| (g.cost[k], g.col[k])));
            row.select_nth_unstable(K - 1);
            for &(c, j) in &row[..K] {
                col.push(j);
                cost.push(c);
            }
        }
        start.push(col.len());
    }
    Graph { start, col, cost }
}
