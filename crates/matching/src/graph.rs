//! The instance as the solvers read it: edges grouped by left node (CSR), and the same
//! graph cut down to each left node's cheapest candidates.

use crate::{Instance, SolveError, max_cost};

/// Left and right node indices fit in `u32`; this one means "none".
pub(crate) const NONE: u32 = u32::MAX;

/// How many candidates of each left node the pruned graph keeps.
pub(crate) const K: usize = 12;

/// Edges grouped by left node (CSR).
pub(crate) struct Graph {
    pub(crate) start: Vec<usize>,
    pub(crate) col: Vec<u32>,
    pub(crate) cost: Vec<i64>,
}

pub(crate) fn build(inst: &Instance) -> Result<Graph, SolveError> {
    let bad = |m: String| Err(SolveError::BadInstance(m));
    if inst.left >= NONE as usize || inst.right >= NONE as usize - 1 {
        return bad("too many nodes".into());
    }
    if inst.caps.len() != inst.right {
        return bad(format!("{} capacities for {} right nodes", inst.caps.len(), inst.right));
    }
    let limit = max_cost(inst.left, inst.right);
    if let Some(c) = inst.unassigned
        && !(0..=limit).contains(&c)
    {
        return bad(format!("unassigned cost {c} outside 0..={limit}"));
    }
    let mut start = vec![0usize; inst.left + 1];
    for e in &inst.edges {
        if e.left as usize >= inst.left || e.right as usize >= inst.right {
            return bad(format!("edge {} {} out of range (left {}, right {})", e.left, e.right, inst.left, inst.right));
        }
        if !(0..=limit).contains(&e.cost) {
            return bad(format!("edge {} {} has cost {} outside 0..={limit}", e.left, e.right, e.cost));
        }
        start[e.left as usize + 1] += 1;
    }
    for i in 0..inst.left {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut col = vec![0u32; inst.edges.len()];
    let mut cost = vec![0i64; inst.edges.len()];
    for e in &inst.edges {
        let k = &mut fill[e.left as usize];
        col[*k] = e.right;
        cost[*k] = e.cost;
        *k += 1;
    }
    Ok(Graph { start, col, cost })
}

/// The `K` cheapest candidates (ties by right node) of each row.
pub(crate) fn trim(g: &Graph) -> Graph {
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
