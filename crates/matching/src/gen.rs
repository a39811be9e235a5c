//! Deterministic instance generators (seeded ChaCha8) for tests and
//! benchmarks. Every one-to-one family contains a perfect matching (the
//! first candidate of left node `i` is a hidden random permutation, or
//! `i` itself for [`product_costs`]), so all are feasible without an
//! unassigned cost.

use crate::{Edge, Instance};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// `k` distinct candidates per left node, the first being `first(i)`.
fn candidates(
    n: usize,
    m: usize,
    k: usize,
    rng: &mut ChaCha8Rng,
    first: impl Fn(usize) -> usize,
    mut cost: impl FnMut(&mut ChaCha8Rng, usize, usize) -> i64,
) -> Vec<Edge> {
    let k = k.min(m);
    let mut mark = vec![usize::MAX; m];
    let mut edges = Vec::with_capacity(n * k);
    for i in 0..n {
        let mut j = first(i);
        for t in 0..k {
            if t > 0 {
                j = rng.random_range(0..m);
                while mark[j] == i {
                    j = rng.random_range(0..m);
                }
            }
            mark[j] = i;
            let c = cost(rng, i, j);
            edges.push(Edge { left: i as u32, right: j as u32, cost: c });
        }
    }
    edges
}

fn permutation(n: usize, rng: &mut ChaCha8Rng) -> Vec<usize> {
    let mut p: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        p.swap(i, rng.random_range(0..=i));
    }
    p
}

/// `n` left, `m` right (capacity 1), `k` candidates each, costs uniform in
/// `0..=cost_max`. Feasible when `m >= n`.
pub fn sparse(n: usize, m: usize, k: usize, cost_max: i64, seed: u64) -> Instance {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let perm = permutation(n.max(m), &mut rng);
    let edges = candidates(n, m, k, &mut rng, |i| perm[i] % m.max(1), |r, _, _| r.random_range(0..=cost_max));
    Instance { left: n, right: m, unassigned: None, caps: vec![1; m], edges }
}

/// `n` left, `m` right with capacity `cap` each, `k` candidates each,
/// costs uniform in `0..=cost_max`. Feasible when `m * cap >= n`.
pub fn many_to_one(n: usize, m: usize, cap: u32, k: usize, cost_max: i64, seed: u64) -> Instance {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let perm = permutation(n, &mut rng);
    let edges = candidates(n, m, k, &mut rng, |i| perm[i] % m.max(1), |r, _, _| r.random_range(0..=cost_max));
    Instance { left: n, right: m, unassigned: None, caps: vec![cap; m], edges }
}

/// Complete `n × n` instance, costs uniform in `0..=cost_max`.
pub fn dense(n: usize, cost_max: i64, seed: u64) -> Instance {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut edges = Vec::with_capacity(n * n);
    for i in 0..n {
        for j in 0..n {
            edges.push(Edge { left: i as u32, right: j as u32, cost: rng.random_range(0..=cost_max) });
        }
    }
    Instance { left: n, right: n, unassigned: None, caps: vec![1; n], edges }
}

/// `n × n`, `k` random candidates each, costs in `0..=2`: massive ties.
pub fn equal_costs(n: usize, k: usize, seed: u64) -> Instance {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let perm = permutation(n, &mut rng);
    let edges = candidates(n, n, k, &mut rng, |i| perm[i], |r, _, _| r.random_range(0..=2));
    Instance { left: n, right: n, unassigned: None, caps: vec![1; n], edges }
}

/// `n × n` with cost `i·j`; left `i` may take `i + t·s mod n` for
/// `t < k`, `s = max(1, n / k)` (complete when `k >= n`). The optimum pairs
/// large with small indices, far from the cheap-looking diagonal.
pub fn product_costs(n: usize, k: usize) -> Instance {
    let k = k.min(n);
    let step = (n / k.max(1)).max(1);
    let mut edges = Vec::with_capacity(n * k);
    for i in 0..n {
        for t in 0..k {
            let j = (i + t * step) % n;
            edges.push(Edge { left: i as u32, right: j as u32, cost: (i * j) as i64 });
        }
    }
    Instance { left: n, right: n, unassigned: None, caps: vec![1; n], edges }
}

/// `n × n`, `k` candidates as in [`product_costs`], cost `(i·j) mod p`
/// (structured, many repeated values).
pub fn modular_costs(n: usize, k: usize, p: i64) -> Instance {
    let mut inst = product_costs(n, k);
    for e in &mut inst.edges {
        e.cost %= p.max(1);
    }
    inst
}
