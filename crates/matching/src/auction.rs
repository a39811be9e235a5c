//! Fast path for balanced one-to-one instances (as many right nodes as
//! left, every capacity 1, no unassigned cost): Bertsekas' forward auction
//! with ε-scaling on costs multiplied by `n + 1`, so that the final ε = 1
//! phase yields an exactly optimal assignment. Exact integer duals are then
//! recovered by label-correcting from the auction prices (each label moves
//! by at most a few units, so this is a few passes over the edges).
//!
//! Both stages have work budgets; when one is exceeded (price wars,
//! infeasible instances) the caller falls back to the shortest-path solver.

use crate::graph::Graph;
use std::collections::VecDeque;

const NONE: u32 = u32::MAX;

/// Result of a successful auction: per left node its right node and cost,
/// and integer duals `v` (per right node) with `u[i] = acost[i] - v[col[i]]`
/// dual feasible and tight on the assignment.
pub(crate) struct Outcome {
    pub(crate) col: Vec<u32>,
    pub(crate) acost: Vec<i64>,
    pub(crate) v: Vec<i64>,
}

/// Scale factor between ε phases.
const ALPHA: i64 = 8;

pub(crate) fn run(g: &Graph, n: usize) -> Option<Outcome> {
    let edges = g.col.len();
    let cmax = g.cost.iter().copied().max()?;
    let scale = n as i64 + 1;
    // Keep every price far from overflow: prices stay below ~ n · (cmax' + ε).
    let cmax_s = cmax.checked_mul(scale)?;
    cmax_s.checked_mul(4 * scale)?;
    if (0..n).any(|i| g.start[i] == g.start[i + 1]) {
        return None;
    }
    let mut price = vec![0i64; n];
    let mut owner = vec![NONE; n];
    let mut col = vec![NONE; n];
    let mut acost = vec![0i64; n];
    let mut queue: VecDeque<u32> = VecDeque::with_capacity(n);
    // Work budget in scanned edges: generous for healthy instances, small
    // enough that a price war costs at most a few seconds before falling back.
    let mut budget: i64 = 60 * edges as i64 + 200 * n as i64;
    let mut eps = (cmax_s / ALPHA).max(1);
    loop {
        // Keep the assignments that still satisfy ε-complementary slackness.
        queue.clear();
        for i in 0..n {
            let j = col[i];
            if j == NONE {
                queue.push_back(i as u32);
                continue;
            }
            let (s, e) = (g.start[i], g.start[i + 1]);
            budget -= (e - s) as i64;
            let best = (s..e).map(|k| g.cost[k] * scale + price[g.col[k] as usize]).min();
            if best.is_none_or(|b| acost[i] * scale + price[j as usize] > b + eps) {
                owner[j as usize] = NONE;
                col[i] = NONE;
                queue.push_back(i as u32);
            }
        }
        while let Some(i) = queue.pop_front() {
            let i = i as usize;
            let (s, e) = (g.start[i], g.start[i + 1]);
            budget -= (e - s) as i64 + 1;
            if budget < 0 {
                return None;
            }
            let (mut w1, mut w2, mut j1, mut c1) = (i64::MAX, i64::MAX, 0usize, 0i64);
            for k in s..e {
                let j = g.col[k] as usize;
                let c = g.cost[k];
                let w = c * scale + price[j];
                if w < w1 {
                    w2 = w1;
                    w1 = w;
                    j1 = j;
                    c1 = c;
                } else if w < w2 {
                    w2 = w;
                }
            }
            let inc = if w2 == i64::MAX { cmax_s + eps } else { w2 - w1 + eps };
            price[j1] += inc;
            let prev = owner[j1];
            if prev != NONE {
                col[prev as usize] = NONE;
                queue.push_back(prev);
            }
            owner[j1] = i as u32;
            col[i] = j1 as u32;
            acost[i] = c1;
        }
        if eps == 1 {
            break;
        }
        eps = (eps / ALPHA).max(1);
    }
    let v0 = price.iter().map(|&p| (-p).div_euclid(scale)).collect();
    let v = repair(g, v0, &owner, &acost)?;
    Some(Outcome { col, acost, v })
}

/// Largest integer potentials `v ≤ v0` with
/// `v[k] ≤ v[j] + cost(i, k) - cost(i, j)` for every edge `(i, k)` of the
/// owner `i` of `j`, found by FIFO label correcting. Such potentials exist
/// exactly when the assignment is optimal; `None` when the work budget runs
/// out (a non-optimal assignment makes labels fall forever).
pub(crate) fn repair(g: &Graph, mut v: Vec<i64>, owner: &[u32], acost: &[i64]) -> Option<Vec<i64>> {
    let n = v.len();
    let mut queued = vec![true; n];
    let mut queue: VecDeque<u32> = (0..n as u32).collect();
    let mut budget: i64 = 20 * g.col.len() as i64 + 20 * n as i64;
    while let Some(j) = queue.pop_front() {
        let j = j as usize;
        queued[j] = false;
        let i = owner[j] as usize;
        let base = v[j] - acost[i];
        budget -= (g.start[i + 1] - g.start[i]) as i64 + 1;
        if budget < 0 {
            return None;
        }
        for k in g.start[i]..g.start[i + 1] {
            let t = g.col[k] as usize;
            let nv = base + g.cost[k];
            if nv < v[t] {
                v[t] = nv;
                if !queued[t] {
                    queued[t] = true;
                    queue.push_back(t as u32);
                }
            }
        }
    }
    Some(v)
}
