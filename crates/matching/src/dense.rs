//! Dense Jonker–Volgenant for complete balanced instances (every left node may take every
//! right node, `left == right`, capacities 1, no unassigned option): column reduction, then
//! one shortest augmenting path per free row over the cost matrix, scanning all columns at
//! the same distance at once. Used only when the input lists every pair, so a matrix is no
//! larger than the input; sparse input never gets one.

use crate::{Duals, Instance, Solution};

const NONE: u32 = u32::MAX;

/// A complete cost matrix, row-major; 32-bit when every cost fits (half the memory to read).
pub(crate) enum Matrix {
    Narrow(Vec<i32>),
    Wide(Vec<i64>),
}

/// The cost matrix when the balanced instance lists every pair with a cost in `0..=limit`;
/// a pair listed twice counts at its cheaper cost. `None` when some pair is missing or any
/// edge is out of range (left to the general path to report).
pub(crate) fn matrix(inst: &Instance, limit: i64) -> Option<Matrix> {
    let n = inst.left;
    if n == 0 || inst.right != n || inst.edges.len() < n * n || n >= NONE as usize {
        return None;
    }
    let mut top = 0i64;
    for e in &inst.edges {
        if e.left as usize >= n || e.right as usize >= n || !(0..=limit).contains(&e.cost) {
            return None;
        }
        top = top.max(e.cost);
    }
    if top < i64::from(i32::MAX) {
        fill(inst, i32::MAX, |c| c as i32).map(Matrix::Narrow)
    } else {
        fill(inst, i64::MAX, |c| c).map(Matrix::Wide)
    }
}

fn fill<T: Copy + Ord>(inst: &Instance, empty: T, from: impl Fn(i64) -> T) -> Option<Vec<T>> {
    let n = inst.left;
    let mut c = vec![empty; n * n];
    let mut filled = 0usize;
    for e in &inst.edges {
        let k = e.left as usize * n + e.right as usize;
        let x = from(e.cost);
        if c[k] == empty {
            filled += 1;
            c[k] = x;
        } else {
            c[k] = c[k].min(x);
        }
    }
    (filled == n * n).then_some(c)
}

/// Solves the `n × n` assignment exactly.
pub(crate) fn solve_matrix(n: usize, m: &Matrix) -> Solution {
    match m {
        Matrix::Narrow(c) => solve(n, c),
        Matrix::Wide(c) => solve(n, c),
    }
}

/// Solves the `n × n` assignment exactly; `c` is row-major.
fn solve<T: Copy + Into<i64>>(n: usize, c: &[T]) -> Solution {
    let mut v = vec![i64::MAX; n];
    let mut best_row = vec![0u32; n];
    // Column reduction: each column's cheapest row (the first of equals), read row by row.
    for i in 0..n {
        let row = &c[i * n..(i + 1) * n];
        for (j, &x) in row.iter().enumerate() {
            let x: i64 = x.into();
            if x < v[j] {
                v[j] = x;
                best_row[j] = i as u32;
            }
        }
    }
    let mut col4row = vec![NONE; n];
    let mut row4col = vec![NONE; n];
    let mut matches = vec![0u32; n];
    // The last column first, as Jonker and Volgenant do; a row that is the cheapest of several
    // columns keeps the one with the lowest price.
    for j in (0..n).rev() {
        let i = best_row[j] as usize;
        matches[i] += 1;
        if matches[i] == 1 {
            col4row[i] = j as u32;
            row4col[j] = i as u32;
        } else if v[j] < v[col4row[i] as usize] {
            let j1 = col4row[i] as usize;
            row4col[j1] = NONE;
            col4row[i] = j as u32;
            row4col[j] = i as u32;
        }
    }
    // Reduction transfer: a row that got its only cheapest column passes its slack to it.
    let mut free: Vec<usize> = Vec::new();
    for i in 0..n {
        if matches[i] == 0 {
            free.push(i);
        } else if matches[i] == 1 {
            let j1 = col4row[i] as usize;
            let row = &c[i * n..(i + 1) * n];
            let mut min = i64::MAX;
            for j in 0..n {
                if j != j1 {
                    min = min.min(row[j].into() - v[j]);
                }
            }
            if min != i64::MAX {
                v[j1] -= min;
            }
        }
    }
    // Augmenting row reduction, twice: a free row takes its cheapest column, pushing out the
    // row there, while that lowers the column's price.
    for _ in 0..2 {
        let mut k = 0;
        let previous = std::mem::take(&mut free);
        let mut work = previous;
        while k < work.len() {
            let i = work[k];
            k += 1;
            let row = &c[i * n..(i + 1) * n];
            let (mut umin, mut j1) = (row[0].into() - v[0], 0usize);
            let (mut usubmin, mut j2) = (i64::MAX, 0usize);
            for j in 1..n {
                let h = row[j].into() - v[j];
                if h < usubmin {
                    if h >= umin {
                        usubmin = h;
                        j2 = j;
                    } else {
                        usubmin = umin;
                        umin = h;
                        j2 = j1;
                        j1 = j;
                    }
                }
            }
            let mut i0 = row4col[j1];
            if umin < usubmin {
                v[j1] -= usubmin - umin;
            } else if i0 != NONE {
                j1 = j2;
                i0 = row4col[j2];
            }
            if col4row[i] != NONE {
                row4col[col4row[i] as usize] = NONE;
            }
            col4row[i] = j1 as u32;
            row4col[j1] = i as u32;
            if i0 != NONE {
                col4row[i0 as usize] = NONE;
                if umin < usubmin {
                    // Go on with the row pushed out, at once.
                    k -= 1;
                    work[k] = i0 as usize;
                } else {
                    free.push(i0 as usize);
                }
            }
        }
    }
    let mut d = vec![0i64; n];
    let mut pred = vec![0u32; n];
    let mut cols: Vec<u32> = (0..n as u32).collect();
    for f in free {
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
        let cij: i64 = c[i * n + j].into();
        u[i] = cij - v[j] + top;
        total += cij;
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
fn augment<T: Copy + Into<i64>>(
    n: usize,
    c: &[T],
    f: usize,
    v: &mut [i64],
    col4row: &mut [u32],
    row4col: &mut [u32],
    d: &mut [i64],
    pred: &mut [u32],
    cols: &mut [u32],
) {
    let row = &c[f * n..(f + 1) * n];
    for j in 0..n {
        d[j] = row[j].into() - v[j];
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
            // `up` grows inside the loop while `k` runs on from where it started, as in JV.
            #[allow(clippy::mut_range_bound)]
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
        let h = ri[j1].into() - v[j1] - min;
        let mut k = up;
        while k < n {
            let j = cols[k] as usize;
            let reduced = ri[j].into() - v[j] - h;
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
            let c = matrix(&inst, 1 << 40).expect("complete");
            let sol = solve_matrix(n, &c);
            assert_eq!(sol.total, brute(n, &cost), "{table:?}");
            verify(&inst, &sol).unwrap();
        }
    }

    #[test]
    fn hard_families_are_solved_and_certified() {
        for n in [1, 2, 17, 60] {
            for cost in [&(|i: usize, j: usize| (i * j) as i64) as &dyn Fn(usize, usize) -> i64, &|i, j| ((i * j) % 7) as i64, &|_, _| 5] {
                let inst = instance(n, cost);
                let sol = solve_matrix(n, &matrix(&inst, 1 << 40).unwrap());
                verify(&inst, &sol).unwrap();
            }
        }
        // i·j: pairing the largest with the smallest is optimal.
        let inst = instance(5, |i, j| (i * j) as i64);
        assert_eq!(solve_matrix(5, &matrix(&inst, 1 << 40).unwrap()).total, 3 + 4 + 3);
    }

    #[test]
    fn costs_beyond_32_bits_use_the_wide_matrix() {
        let inst = instance(17, |i, j| ((i * j) as i64 + 1) * 3_000_000_000);
        let m = matrix(&inst, 1 << 40).unwrap();
        assert!(matches!(m, Matrix::Wide(_)));
        verify(&inst, &solve_matrix(17, &m)).unwrap();
        assert!(matches!(matrix(&instance(3, |i, j| (i + j) as i64), 10).unwrap(), Matrix::Narrow(_)));
    }

    #[test]
    fn only_complete_balanced_input_gets_a_matrix() {
        let mut inst = instance(3, |i, j| (i + j) as i64);
        assert!(matrix(&inst, 1 << 40).is_some());
        inst.edges.pop();
        assert!(matrix(&inst, 1 << 40).is_none(), "a missing pair");
        inst.push(0, 0, 0);
        assert!(matrix(&inst, 1 << 40).is_none(), "a repeated pair does not stand in for a missing one");
        assert!(matrix(&Instance::new(2, 3), 10).is_none());
    }
}
