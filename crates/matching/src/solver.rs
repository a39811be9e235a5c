//! Successive shortest augmenting paths on reduced costs (sparse
//! Jonker–Volgenant). Right node `m` (one past the last) is a virtual
//! "unassigned" node with unlimited capacity, potential 0 and an edge of
//! cost `unassigned` from every left node.
//!
//! Invariants (after every augmentation), with `u[i] = acost[i] - v[col[i]]`:
//! `cost(i, j) - u[i] - v[j] ≥ 0` on every edge, `= 0` on assigned ones,
//! `v[j] ≤ 0`, and `v[j] < 0` only for full right nodes. Right nodes whose
//! capacity is at least their degree can never be full; they are
//! "unbounded" and need no occupant list, so occupant storage is at most
//! the number of edges.

use crate::graph::{Graph, NONE, build};
use crate::heap::Heap;
use crate::{Duals, Instance, Solution, SolveError, max_cost};
use crate::{auction, dense, graph};

const UNBOUNDED: u32 = u32::MAX;
const NO_SLOT: usize = usize::MAX;
const INF: i64 = i64::MAX;

struct State<'a> {
    g: &'a Graph,
    unassigned: Option<i64>,
    /// Effective capacity per right node (+ the virtual one), `UNBOUNDED` if never binding.
    cap: Vec<u32>,
    load: Vec<u32>,
    slot_start: Vec<usize>,
    slots: Vec<u32>,
    v: Vec<i64>,
    /// Right node of each left node (`m` = unassigned, `NONE` = not yet placed).
    col: Vec<u32>,
    pos: Vec<usize>,
    acost: Vec<i64>,
    // Dijkstra scratch, reset through `touched`.
    dist: Vec<i64>,
    done: Vec<bool>,
    pred: Vec<u32>,
    pcost: Vec<i64>,
    touched: Vec<u32>,
    scanned: Vec<u32>,
    heap: Heap,
}

impl<'a> State<'a> {
    fn new(inst: &Instance, g: &'a Graph) -> Self {
        let (n, m) = (inst.left, inst.right);
        let mut deg = vec![0usize; m];
        for &j in &g.col {
            deg[j as usize] += 1;
        }
        let mut cap: Vec<u32> = (0..m).map(|j| if inst.caps[j] as usize >= deg[j] { UNBOUNDED } else { inst.caps[j] }).collect();
        cap.push(UNBOUNDED);
        let mut slot_start = vec![0usize; m + 2];
        for j in 0..=m {
            let own = if cap[j] == UNBOUNDED { 0 } else { cap[j] as usize };
            slot_start[j + 1] = slot_start[j] + own;
        }
        State {
            g,
            unassigned: inst.unassigned,
            cap,
            load: vec![0; m + 1],
            slots: vec![NONE; slot_start[m + 1]],
            slot_start,
            v: vec![0; m + 1],
            col: vec![NONE; n],
            pos: vec![NO_SLOT; n],
            acost: vec![0; n],
            dist: vec![INF; m + 1],
            done: vec![false; m + 1],
            pred: vec![NONE; m + 1],
            pcost: vec![0; m + 1],
            touched: Vec::new(),
            scanned: Vec::new(),
            heap: Heap::new(m + 1),
        }
    }

    #[inline]
    fn full(&self, j: usize) -> bool {
        self.load[j] >= self.cap[j]
    }

    fn dummy(&self) -> usize {
        self.v.len() - 1
    }

    /// Places the still-free left node `r` on right node `j` at `cost`.
    fn place(&mut self, r: usize, j: usize, cost: i64) {
        if self.cap[j] != UNBOUNDED {
            let s = self.slot_start[j] + self.load[j] as usize;
            self.slots[s] = r as u32;
            self.pos[r] = s;
        }
        self.load[j] += 1;
        self.col[r] = j as u32;
        self.acost[r] = cost;
    }

    /// Greedy start with all potentials 0: each left node takes a cheapest
    /// candidate if one of its cheapest still has room (so `u[i]` = its row minimum).
    fn greedy(&mut self) {
        let g = self.g;
        let dummy = self.dummy();
        for i in 0..self.col.len() {
            let edges = g.start[i]..g.start[i + 1];
            let row_min = edges.clone().map(|e| g.cost[e]).min();
            let best = match (row_min, self.unassigned) {
                (None, None) => continue,
                (None, Some(cu)) => cu,
                (Some(c), None) => c,
                (Some(c), Some(cu)) => c.min(cu),
            };
            let open = edges.clone().find(|&e| g.cost[e] == best && !self.full(g.col[e] as usize));
            if let Some(e) = open {
                self.place(i, g.col[e] as usize, best);
            } else if self.unassigned == Some(best) {
                self.place(i, dummy, best);
            }
        }
    }

    fn reset(&mut self) {
        for &j in &self.touched {
            self.dist[j as usize] = INF;
            self.done[j as usize] = false;
        }
        self.touched.clear();
        self.scanned.clear();
        self.heap.clear();
    }

    /// Relaxes the edges of left node `r` reached at distance `dr` with
    /// potential `ur`. Returns a right node with room at distance `dr`
    /// (necessarily a shortest terminal) if one is met.
    #[inline]
    fn scan(&mut self, r: usize, dr: i64, ur: i64) -> Option<usize> {
        let g = self.g;
        let base = dr - ur;
        for e in g.start[r]..g.start[r + 1] {
            let j = g.col[e] as usize;
            if self.done[j] {
                continue;
            }
            let c = g.cost[e];
            let nd = base + c - self.v[j];
            if nd < self.dist[j] && self.relax(j, r, c, nd, dr) {
                return Some(j);
            }
        }
        if let Some(cu) = self.unassigned {
            let j = self.dummy();
            let nd = base + cu;
            if nd < self.dist[j] && self.relax(j, r, cu, nd, dr) {
                return Some(j);
            }
        }
        None
    }

    #[inline]
    fn relax(&mut self, j: usize, r: usize, c: i64, nd: i64, dr: i64) -> bool {
        if self.dist[j] == INF {
            self.touched.push(j as u32);
        }
        self.dist[j] = nd;
        self.pred[j] = r as u32;
        self.pcost[j] = c;
        if nd == dr && !self.full(j) {
            return true;
        }
        self.heap.push_or_decrease(j as u32, nd);
        false
    }

    /// One shortest augmenting path from the free left node `i0`.
    /// Returns false if no right node with room is reachable.
    fn augment(&mut self, i0: usize) -> bool {
        self.reset();
        if let Some(t) = self.scan(i0, 0, 0) {
            self.finish(i0, t);
            return true;
        }
        while let Some((j, dj)) = self.heap.pop() {
            let j = j as usize;
            if !self.full(j) {
                self.finish(i0, j);
                return true;
            }
            self.done[j] = true;
            self.scanned.push(j as u32);
            let vj = self.v[j];
            let s0 = self.slot_start[j];
            for s in s0..s0 + self.load[j] as usize {
                let r = self.slots[s] as usize;
                let ur = self.acost[r] - vj;
                if let Some(t) = self.scan(r, dj, ur) {
                    self.finish(i0, t);
                    return true;
                }
            }
        }
        false
    }

    /// Updates potentials and flips the path ending at right node `t`.
    fn finish(&mut self, i0: usize, t: usize) {
        let dmin = self.dist[t];
        for &j in &self.scanned {
            let j = j as usize;
            self.v[j] += self.dist[j] - dmin;
        }
        let mut j = t;
        let mut slot = if self.cap[t] == UNBOUNDED { NO_SLOT } else { self.slot_start[t] + self.load[t] as usize };
        self.load[t] += 1;
        loop {
            let r = self.pred[j] as usize;
            let (old, old_slot) = (self.col[r], self.pos[r]);
            self.col[r] = j as u32;
            self.acost[r] = self.pcost[j];
            self.pos[r] = slot;
            if slot != NO_SLOT {
                self.slots[slot] = r as u32;
            }
            if r == i0 {
                break;
            }
            j = old as usize;
            slot = old_slot;
        }
    }

    fn into_solution(self) -> Solution {
        let dummy = self.dummy() as u32;
        let mut total = 0i64;
        let mut assignment = Vec::with_capacity(self.col.len());
        let mut u = Vec::with_capacity(self.col.len());
        for (i, &j) in self.col.iter().enumerate() {
            total += self.acost[i];
            u.push(self.acost[i] - self.v[j as usize]);
            assignment.push(if j == dummy { None } else { Some(j) });
        }
        let mut v = self.v;
        v.pop();
        Solution { total, assignment, duals: Duals { u, v } }
    }
}

pub(crate) fn solve(inst: &Instance) -> Result<Solution, SolveError> {
    let balanced =
        inst.unassigned.is_none() && inst.left == inst.right && inst.caps.len() == inst.right && inst.caps.iter().all(|&c| c == 1);
    // A complete balanced instance goes straight to the matrix, which checks every edge as
    // `build` does (anything out of range falls through to `build` and its message).
    if balanced && let Some(c) = dense::matrix(inst, max_cost(inst.left, inst.right)) {
        return Ok(dense::solve_matrix(inst.left, &c));
    }
    let g = build(inst)?;
    if let Some(sol) = attempt(inst, &g, balanced) {
        return Ok(sol);
    }
    if balanced && let Some(sol) = by_auction(inst, &g) {
        return Ok(sol);
    }
    by_paths(inst, &g)
}

/// The auction fast path (balanced instances only); `None` if it gave up.
pub(crate) fn by_auction(inst: &Instance, g: &Graph) -> Option<Solution> {
    if inst.left == 0 {
        return None;
    }
    auction::run(g, inst.left).map(from_auction)
}

/// Successive shortest paths: works for every instance.
pub(crate) fn by_paths(inst: &Instance, g: &Graph) -> Result<Solution, SolveError> {
    let mut s = State::new(inst, g);
    s.greedy();
    let mut unplaced = Vec::new();
    for i in 0..inst.left {
        if s.col[i] == NONE && !s.augment(i) {
            unplaced.push(i);
        }
    }
    if let Some(&first) = unplaced.first() {
        // Augmenting from every node once yields a maximum-cardinality
        // matching: a node without an augmenting path never gains one later.
        return Err(SolveError::Infeasible { placed: inst.left - unplaced.len(), left: inst.left, unplaced: first });
    }
    Ok(s.into_solution())
}

/// Balanced instances only: starts from the rows of `o` marked in `keep`
/// (whose reduced costs must be non-negative on all their edges in `g`)
/// and places the rest by shortest paths. Any potentials are valid for
/// free right nodes here because every right node ends up full.
pub(crate) fn complete_balanced(inst: &Instance, g: &Graph, o: &auction::Outcome, keep: &[bool]) -> Option<Solution> {
    let mut s = State::new(inst, g);
    s.v[..o.v.len()].copy_from_slice(&o.v);
    for (i, _) in keep.iter().enumerate().filter(|(_, k)| **k) {
        s.place(i, o.col[i] as usize, o.acost[i]);
    }
    for i in 0..inst.left {
        if s.col[i] == NONE && !s.augment(i) {
            return None;
        }
    }
    let mut sol = s.into_solution();
    let top = sol.duals.v.iter().copied().max().unwrap_or(0);
    sol.duals.u.iter_mut().for_each(|x| *x += top);
    sol.duals.v.iter_mut().for_each(|x| *x -= top);
    Some(sol)
}

/// Every right node is full in a balanced instance, so shifting all `v` by
/// their maximum (and `u` the other way) keeps the objective and gives `v ≤ 0`.
pub(crate) fn from_auction(o: auction::Outcome) -> Solution {
    let top = o.v.iter().copied().max().unwrap_or(0);
    let u = o.col.iter().zip(&o.acost).map(|(&j, &c)| c - o.v[j as usize] + top).collect();
    let v = o.v.iter().map(|&x| x - top).collect();
    Solution { total: o.acost.iter().sum(), assignment: o.col.iter().map(|&j| Some(j)).collect(), duals: Duals { u, v } }
}

/// Candidate pruning for instances with long candidate lists: solve on the
/// `K` cheapest candidates of each left node, then check the duals against
/// full graph. Balanced instances (auction) repair the duals by label
/// correcting over all edges; other instances accept the pruned optimum
/// only if its duals already hold on every edge. On failure (pruned
/// instance infeasible, or not optimal overall) the caller solves the full
/// instance.
pub(crate) fn attempt(inst: &Instance, g: &Graph, balanced: bool) -> Option<Solution> {
    let n = inst.left;
    // Balanced instances only profit when lists are long (dense-ish);
    // the shortest-path solver profits earlier.
    let factor = if balanced { 8 } else { 3 };
    if n == 0 || g.col.len() <= factor * graph::K * n {
        return None;
    }
    let sub = graph::trim(g);
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
