//! Independent checker: feasibility of the assignment and optimality via
//! LP duality. Shares no code with the solver.

use crate::{Instance, Solution};

/// Checks that `sol` is a feasible assignment for `inst` whose `total` is
/// right, and that `sol.duals` prove it optimal:
///
/// * dual feasibility: `u[i] + v[j] ≤ cost` on every edge, `v[j] ≤ 0`,
///   `u[i] ≤ unassigned` when an unassigned cost is given;
/// * strong duality: `Σ u[i] + Σ caps[j]·v[j] == total`.
///
/// Any feasible dual bounds every feasible assignment's cost from below, so
/// equality proves optimality. Arithmetic is done in `i128`.
pub fn verify(inst: &Instance, sol: &Solution) -> Result<(), String> {
    let (n, m) = (inst.left, inst.right);
    if inst.caps.len() != m {
        return Err(format!("{} capacities for {m} right nodes", inst.caps.len()));
    }
    if sol.assignment.len() != n {
        return Err(format!("assignment has {} entries for {n} left nodes", sol.assignment.len()));
    }
    let (u, v) = (&sol.duals.u, &sol.duals.v);
    if u.len() != n || v.len() != m {
        return Err(format!("duals have sizes {}/{} for {n}/{m} nodes", u.len(), v.len()));
    }

    // Cheapest cost of each assigned pair, found by one pass over the edges.
    let mut assigned_cost: Vec<Option<i64>> = vec![None; n];
    for e in &inst.edges {
        let (i, j) = (e.left as usize, e.right as usize);
        if i >= n || j >= m {
            return Err(format!("edge {i} {j} out of range"));
        }
        if sol.assignment[i] == Some(e.right) {
            let c = assigned_cost[i].map_or(e.cost, |c| c.min(e.cost));
            assigned_cost[i] = Some(c);
        }
    }

    let mut load = vec![0u64; m];
    let mut total: i128 = 0;
    for (i, a) in sol.assignment.iter().enumerate() {
        match a {
            Some(j) => {
                let j = *j as usize;
                if j >= m {
                    return Err(format!("left node {i} assigned to right node {j} out of range"));
                }
                let Some(c) = assigned_cost[i] else {
                    return Err(format!("left node {i} assigned to right node {j}, which is not an allowed pair"));
                };
                load[j] += 1;
                total += c as i128;
            }
            None => match inst.unassigned {
                Some(c) => total += c as i128,
                None => return Err(format!("left node {i} is unassigned but no unassigned cost is given")),
            },
        }
    }
    for (j, (&l, &c)) in load.iter().zip(&inst.caps).enumerate() {
        if l > c as u64 {
            return Err(format!("right node {j} has {l} left nodes, capacity {c}"));
        }
    }
    if total != sol.total as i128 {
        return Err(format!("total is {} but the assignment costs {total}", sol.total));
    }

    // Dual feasibility.
    for (j, &vj) in v.iter().enumerate() {
        if vj > 0 {
            return Err(format!("dual v[{j}] = {vj} is positive"));
        }
    }
    if let Some(c) = inst.unassigned {
        for (i, &ui) in u.iter().enumerate() {
            if ui > c {
                return Err(format!("dual u[{i}] = {ui} exceeds the unassigned cost {c}"));
            }
        }
    }
    for e in &inst.edges {
        let (i, j) = (e.left as usize, e.right as usize);
        if u[i] as i128 + v[j] as i128 > e.cost as i128 {
            return Err(format!("dual infeasible on edge {i} {j}: u {} + v {} > cost {}", u[i], v[j], e.cost));
        }
    }

    // Strong duality.
    let dual: i128 =
        u.iter().map(|&x| x as i128).sum::<i128>() + v.iter().zip(&inst.caps).map(|(&x, &c)| x as i128 * c as i128).sum::<i128>();
    if dual != total {
        return Err(format!("not proven optimal: dual objective {dual} differs from total {total}"));
    }
    Ok(())
}
