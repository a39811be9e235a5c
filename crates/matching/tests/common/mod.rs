//! Shared helpers for the integration tests (included with `mod common`).
#![allow(dead_code)]

use saman_matching::Instance;

pub const BIG: i64 = 1 << 40;

/// Minimum total by enumerating every assignment (tiny instances only);
/// `None` if infeasible.
pub fn brute(inst: &Instance) -> Option<i64> {
    fn rec(inst: &Instance, i: usize, load: &mut [u32], acc: i64, best: &mut Option<i64>) {
        if i == inst.left {
            if best.is_none_or(|b| acc < b) {
                *best = Some(acc);
            }
            return;
        }
        if let Some(c) = inst.unassigned {
            rec(inst, i + 1, load, acc + c, best);
        }
        for e in inst.edges.iter().filter(|e| e.left as usize == i) {
            let j = e.right as usize;
            if load[j] < inst.caps[j] {
                load[j] += 1;
                rec(inst, i + 1, load, acc + e.cost, best);
                load[j] -= 1;
            }
        }
    }
    let mut best = None;
    rec(inst, 0, &mut vec![0; inst.right], 0, &mut best);
    best
}

/// O(n²m) Hungarian algorithm on a dense `n × m` matrix, `n ≤ m`.
pub fn hungarian(a: &[Vec<i64>]) -> i64 {
    let n = a.len();
    let m = a[0].len();
    assert!(n <= m);
    let inf = i64::MAX / 4;
    let (mut u, mut v) = (vec![0i64; n + 1], vec![0i64; m + 1]);
    let (mut p, mut way) = (vec![0usize; m + 1], vec![0usize; m + 1]);
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![inf; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let (i0, mut delta, mut j1) = (p[j0], inf, 0);
            for j in 1..=m {
                if !used[j] {
                    let cur = a[i0 - 1][j - 1] - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    (1..=m).filter(|&j| p[j] != 0).map(|j| a[p[j] - 1][j - 1]).sum()
}

/// Dense matrix for [`hungarian`]: right nodes expanded into capacity
/// slots, one extra column per left node for the unassigned cost, missing
/// pairs at cost `BIG`.
pub fn dense_matrix(inst: &Instance) -> Vec<Vec<i64>> {
    let mut slot_of = Vec::new();
    for j in 0..inst.right {
        for _ in 0..inst.caps[j] {
            slot_of.push(j);
        }
    }
    let extra = if inst.unassigned.is_some() { inst.left } else { 0 };
    let width = (slot_of.len() + extra).max(inst.left);
    let mut best = vec![vec![BIG; inst.right]; inst.left];
    for e in &inst.edges {
        let c = &mut best[e.left as usize][e.right as usize];
        *c = (*c).min(e.cost);
    }
    (0..inst.left)
        .map(|i| {
            let mut row = vec![BIG; width];
            for (s, &j) in slot_of.iter().enumerate() {
                row[s] = best[i][j];
            }
            if let Some(c) = inst.unassigned {
                row[slot_of.len() + i] = c;
            }
            row
        })
        .collect()
}
