//! Exact minimum-cost many-to-one assignment over sparse candidate lists.
//!
//! Left nodes `0..left` (e.g. mentees) are assigned to right nodes
//! `0..right` (e.g. mentors). Right node `j` takes at most `caps[j]` left
//! nodes. Only the listed [`Edge`]s are allowed. With
//! `unassigned: Some(c)` a left node may stay unassigned at cost `c`;
//! otherwise every left node must be assigned, and [`solve`] reports
//! [`SolveError::Infeasible`] when that is impossible.
//!
//! The solver ([`solve`]) picks among four exact strategies:
//! * balanced one-to-one instances (`left == right`, all capacities 1, no
//!   unassigned cost): forward auction with ε-scaling on costs × (n+1),
//!   then exact integer duals by label correcting from the prices;
//! * everything else: successive shortest augmenting paths (sparse
//!   Jonker–Volgenant): a greedy row-minimum start, then one Dijkstra on
//!   reduced costs per still-free left node, a right node's capacity being
//!   handled through one potential per right node (its occupants are
//!   scanned together) and the unassigned option as a virtual right node;
//! * complete balanced instances (every pair listed): dense Jonker–Volgenant
//!   over the cost matrix (column reduction, then shortest augmenting paths);
//! * long candidate lists (dense-ish input) are first solved on the 12
//!   cheapest candidates per left node and accepted only if the duals
//!   certify optimality on every edge (repaired by shortest paths when not).
//!
//! The auction gives up after a work budget (price wars, infeasibility) and
//! the shortest-path solver then takes over. Every result carries LP duals,
//! and [`verify`] checks feasibility and optimality from those alone.
//!
//! Everything here is deterministic and uses only std; the generators in
//! [`generate`] (feature `gen`, on by default) use `rand_chacha`.

mod auction;
mod dense;
mod graph;
mod heap;
mod solver;
mod verify;

pub mod cli;
/// Generators (`gen` is a reserved word in edition 2024, hence `r#gen`;
/// also reachable as [`generate`]).
#[cfg(feature = "gen")]
pub mod r#gen;
#[cfg(feature = "gen")]
pub use self::r#gen as generate;
pub mod parse;

pub use parse::{ParseError, parse, write};
pub use verify::verify;

use std::fmt;

/// An allowed pair with its (non-negative) cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    pub left: u32,
    pub right: u32,
    pub cost: i64,
}

/// A problem instance. `caps.len()` must equal `right`. Edges may come in
/// any order; a pair listed twice is allowed and its cheaper copy counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instance {
    pub left: usize,
    pub right: usize,
    /// Cost of leaving a left node unassigned; `None` = everyone must be assigned.
    pub unassigned: Option<i64>,
    pub caps: Vec<u32>,
    pub edges: Vec<Edge>,
}

impl Instance {
    /// An instance without edges, every right node with capacity 1.
    pub fn new(left: usize, right: usize) -> Self {
        Instance { left, right, unassigned: None, caps: vec![1; right], edges: Vec::new() }
    }

    /// Adds the allowed pair `(left, right)` with `cost`.
    pub fn push(&mut self, left: u32, right: u32, cost: i64) {
        self.edges.push(Edge { left, right, cost });
    }
}

/// Optimal dual values of the assignment LP
/// `min Σ c·x + Σ unassigned·y` s.t. `Σ_j x_ij + y_i = 1`, `Σ_i x_ij ≤ cap_j`.
///
/// Certificate: `u[i] + v[j] ≤ cost(i, j)` for every edge, `v[j] ≤ 0`,
/// `u[i] ≤ unassigned` when given, and `Σ u + Σ cap_j·v[j]` equals the
/// solution's total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duals {
    pub u: Vec<i64>,
    pub v: Vec<i64>,
}

/// An optimal assignment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Solution {
    pub total: i64,
    /// The right node of each left node, `None` = unassigned.
    pub assignment: Vec<Option<u32>>,
    pub duals: Duals,
}

impl Solution {
    /// Number of assigned left nodes.
    pub fn assigned(&self) -> usize {
        self.assignment.iter().filter(|a| a.is_some()).count()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SolveError {
    /// No assignment of every left node exists. `placed` is the maximum
    /// number that can be assigned at once, `left` the number of left nodes
    /// and `unplaced` one left node that cannot be placed alongside them.
    Infeasible { placed: usize, left: usize, unplaced: usize },
    /// The instance itself is malformed (out-of-range node, negative cost…).
    BadInstance(String),
}

impl fmt::Display for SolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SolveError::Infeasible { placed, left, unplaced } => write!(
                f,
                "infeasible: at most {placed} of {left} left nodes can be assigned \
                 (left node {unplaced} cannot be placed); give an `unassigned` cost to allow gaps"
            ),
            SolveError::BadInstance(msg) => write!(f, "bad instance: {msg}"),
        }
    }
}

impl std::error::Error for SolveError {}

/// Solves the instance exactly. Deterministic: the same instance always
/// gives the same solution. Memory is linear in the number of edges.
pub fn solve(inst: &Instance) -> Result<Solution, SolveError> {
    solver::solve(inst)
}

/// Largest cost (edge or unassigned) accepted for an instance with `left`
/// and `right` nodes, chosen so no
/// path length or potential can overflow `i64`.
pub fn max_cost(left: usize, right: usize) -> i64 {
    let nodes = (left as i64).saturating_add(right as i64).saturating_add(2);
    i64::MAX / 8 / nodes.max(1)
}
