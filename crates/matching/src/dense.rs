//! Dense Jonker–Volgenant for complete balanced instances (every left node may take every
//! right node, `left == right`, capacities 1, no unassigned option): column reduction, then
//! one shortest augmenting path per free row over the cost matrix, scanning all columns at
//! the same distance at once. Used only when the input lists every pair, so a matrix is no
//! larger than the input; sparse input never gets one.

use crate::{Duals, Instance, Solution};

const NONE: u32 = u32::MAX;

/// The cost matrix (row-major) when the balanced instance lists every pair; a pair listed
/// twice counts at its cheaper cost. `None` when some pair is missing.
pub(crate) fn matrix(inst: &Instance) -> Option<Vec<i64>> {
    let n = inst.left;
    if n == 0 || inst.right != n || inst.edges.len() < n * n {
        return None;
    }
    let mut c = vec![i64::MAX; n * n];
    let mut filled = 0usize;
    for e in &inst.edges {
        let k = e.left as usize * n + e.right as usize;
        if c[k] == i64::MAX {
            filled += 1;
            c[k] = e.cost;
        } else {
            c[k] = c[k].min(e.cost);
        }
    }
    (filled == n * n).then_some(c)
}

/// Solves the `n × n` assignment exactly; `c` is row-major.
pub(crate) fn solve(n: usize, c: &[i64]) -> Solution {
    let mut v = vec![i64::MAX; n];
    let mut best_row = vec![0u32; n];
    // Column reduction: each column's cheapest row (the first of equals), read row by row.
    for i in 0..n {
        let row = &c[i * n..(i + 1) * n];
        for (j, &x) in row.iter().enumerate() {
            if x < v[j] {
                v[j] = x;
                best_row[j] = i as u32;
            }
        }
    }
    let mut col4row = vec![NONE; n];
    let mut row4col = vec![NONE; n];
    // The last column first, as Jonker and Volgenant do.
    for j in (0..n).rev() {
        let i = best_row[j] as usize;
        if col4row[i] == NONE {
            col4row[i] = j as u32;
            row4col[j] = i as u32;
        }
    }
    let mut d = vec![0i64; n];
    let mut pred = vec![0u32; n];
    let mut cols: Vec<u32> = (0..n as u32).collect();
    for f in 0..n {
        if col4row[f] != NONE {
            continue;
        }
        augment(n, c, f, &mut v, &mut col4row, &mut row4col, &mut d, &mut pred, &mut cols);
    }
    // Dual feasibility holds with u[i] = c[i][col(i)] - v[col(i)]; shifting every v down by
    // its largest value makes v ≤ 0 as the certificate asks, without changing the sum.
    let top = v.iter().copied().max().unwrap_or(0);
    let mut u = vec![0i64; n];
    let mut total = 0i64;
    for i in 0..n {
        let j = col4row[i] as usize;
        u[i] = c[i * n + j] - v[j] + top;
        total += c[i * n + j];
    }
    for x in &mut v {
        *x -= top;
    }
    Solution { total, assignment: col4row.into_iter().map(Some).collect(), duals: Duals { u, v } }
}

/// One shortest augmenting path from the free row `f` (Jonker–Volgenant's augmentation):
/// `cols[..low]` are scanned, `cols[low..up]` are at the current minimum distance and wait
/// to be scanned, `cols[up..]` are still to be reached.
#[allow(clippy::too_many_arguments)]
fn augment(n: usize, c: &[i64], f: usize, v: &mut [i64], col4row: &mut [u32], row4col: &mut [u32], d: &mut [i64], pred: &mut [u32], cols: &mut [u32]) {
    let row = &c[f * n..(f + 1) * n];
    for j in 0..n {
        d[j] = row[j] - v[j];
        pred[j] = f as u32;
        cols[j] = j as u32;
    }
    let (mut low, mut up) = (0usize, 0usize);
    let mut last = 0usize;
    let mut min = 0i64;
    let end: usize;
    'search: loop {
        if up == low {
            // Every column at the old minimum is scanned: gather those at the next one.
            last = low;
            min = d[cols[up] as usize];
            up += 1;
            for k in up..n {
                let j = cols[k] as usize;
                let h = d[j];
                if h <= min {
                    if h < min {
                        up = low;
                        min = h;
                    }
                    cols.swap(k, up);
                    up += 1;
                }
            }
            for &j in &cols[low..up] {
                if row4col[j as usize] == NONE {
                    end = j as usize;
                    break 'search;
                }
            }
        }
        // Scan the next column at the minimum: reach on from the row assigned to it.
        let j1 = cols[low] as usize;
        low += 1;
        let i = row4col[j1] as usize;
        let ri = &c[i * n..(i + 1) * n];
        let h = ri[j1] - v[j1] - min;
        let mut k = up;
        while k < n {
            let j = cols[k] as usize;
            let reduced = ri[j] - v[j] - h;
            if reduced < d[j] {
                pred[j] = i as u32;
                d[j] = reduced;
                if reduced == min {
                    if row4col[j] == NONE {
                        end = j;
                        break 'search;
                    }
                    cols.swap(k, up);
                    up += 1;
                }
            }
            k += 1;
        }
    }
    // Columns scanned before the last minimum was reached get their prices raised.
    for &j in &cols[..last] {
        let j = j as usize;
        v[j] += d[j] - min;
    }
    // Flip the alternating path back to `f`.
    let mut j = end;
    loop {
        let i = pred[j] as usize;
        row4col[j] = i as u32;
        let next = col4row[i];
        col4row[i] = j as u32;
        if i == f {
            break;
        }
        j = next as usize;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify;

    fn instance(n: usize, cost: impl Fn(usize, usize) -> i64) -> Instance {
        let mut inst = Instance::new(n, n);
        for i in 0..n {
            for j in 0..n {
                inst.push(i as u32, j as u32, cost(i, j));
            }
        }
        inst
    }

    /// The cheapest permutation by trying them all.
    fn brute(n: usize, cost: &dyn Fn(usize, usize) -> i64) -> i64 {
        fn go(i: usize, n: usize, used: &mut Vec<bool>, cost: &dyn Fn(usize, usize) -> i64) -> i64 {
            if i == n {
                return 0;
            }
            let mut best = i64::MAX;
            for j in 0..n {
                if !used[j] {
                    used[j] = true;
                    best = best.min(cost(i, j) + go(i + 1, n, used, cost));
                    used[j] = false;
                }
            }
            best
        }
        go(0, n, &mut vec![false; n], cost)
    }

    #[test]
    fn dense_matches_brute_force_and_proves_it() {
        let mut seed = 11u64;
        for round in 0..300 {
            let n = 1 + round % 7;
            let mut table = vec![0i64; n * n];
            let spread = [3, 10, 1000][round % 3];
            for x in &mut table {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                *x = ((seed >> 33) % spread) as i64;
            }
            let cost = |i: usize, j: usize| table[i * n + j];
            let inst = instance(n, cost);
            let c = matrix(&inst).expect("complete");
            let sol = solve(n, &c);
            assert_eq!(sol.total, brute(n, &cost), "{table:?}");
            verify(&inst, &sol).unwrap();
        }
    }

    #[test]
    fn hard_families_are_solved_and_certified() {
        for n in [1, 2, 17, 60] {
            for cost in [&(|i: usize, j: usize| (i * j) as i64) as &dyn Fn(usize, usize) -> i64, &|i, j| ((i * j) % 7) as i64, &|_, _| 5] {
                let inst = instance(n, cost);
                let sol = solve(n, &matrix(&inst).unwrap());
                verify(&inst, &sol).unwrap();
            }
        }
        // i·j: pairing the largest with the smallest is optimal.
        let inst = instance(5, |i, j| (i * j) as i64);
        assert_eq!(solve(5, &matrix(&inst).unwrap()).total, 3 + 4 + 3);
    }

    #[test]
    fn only_complete_balanced_input_gets_a_matrix() {
        let mut inst = instance(3, |i, j| (i + j) as i64);
        assert!(matrix(&inst).is_some());
        inst.edges.pop();
        assert!(matrix(&inst).is_none(), "a missing pair");
        inst.push(0, 0, 0);
        assert!(matrix(&inst).is_none(), "a repeated pair does not stand in for a missing one");
        assert!(matrix(&Instance::new(2, 3)).is_none());
    }
}
