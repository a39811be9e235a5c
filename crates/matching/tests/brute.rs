//! The solver against exhaustive enumeration on many small instances.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

mod common;

use common::brute;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use saman_matching::{Instance, SolveError, solve, verify};

fn random_instance(rng: &mut ChaCha8Rng) -> Instance {
    let n = rng.random_range(0..=7);
    let balanced = rng.random_bool(0.3);
    let m = if balanced { n } else { rng.random_range(0..=5) };
    let mut inst = Instance::new(n, m);
    if !balanced {
        for c in &mut inst.caps {
            *c = rng.random_range(0..=3);
        }
        if rng.random_bool(0.5) {
            inst.unassigned = Some(rng.random_range(0..=30));
        }
    }
    let density = rng.random_range(0.2..=1.0);
    let cost_max = [0, 2, 20, 1000][rng.random_range(0..4)];
    for i in 0..n {
        for j in 0..m {
            if rng.random_bool(density) {
                inst.push(i as u32, j as u32, rng.random_range(0..=cost_max));
                if rng.random_bool(0.05) {
                    inst.push(i as u32, j as u32, rng.random_range(0..=cost_max)); // duplicate pair
                }
            }
        }
    }
    inst
}

#[test]
fn matches_brute_force_on_small_random_instances() {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let (mut feasible, mut infeasible) = (0, 0);
    for case in 0..1500 {
        let inst = random_instance(&mut rng);
        match (brute(&inst), solve(&inst)) {
            (Some(best), Ok(sol)) => {
                assert_eq!(sol.total, best, "case {case}: {inst:?}");
                verify(&inst, &sol).unwrap_or_else(|e| panic!("case {case}: {e}\n{inst:?}"));
                feasible += 1;
            }
            (None, Err(SolveError::Infeasible { placed, left, unplaced })) => {
                assert!(placed < left && unplaced < left, "case {case}");
                infeasible += 1;
            }
            (b, s) => panic!("case {case}: brute {b:?}, solver {s:?}\n{inst:?}"),
        }
    }
    assert!(feasible > 500 && infeasible > 100, "{feasible} feasible, {infeasible} infeasible");
}

#[test]
fn infeasible_reports_maximum_placeable_count() {
    // Left 0 and 1 both only fit right 0; left 2 fits right 1.
    let mut inst = Instance::new(3, 2);
    inst.push(0, 0, 1);
    inst.push(1, 0, 2);
    inst.push(2, 1, 3);
    let err = solve(&inst).expect_err("infeasible");
    assert_eq!(err, SolveError::Infeasible { placed: 2, left: 3, unplaced: 1 });
    assert!(err.to_string().contains("at most 2 of 3"));
    inst.unassigned = Some(10);
    let sol = solve(&inst).expect("feasible with unassigned cost");
    assert_eq!(sol.total, 1 + 10 + 3);
    assert_eq!(sol.assignment, vec![Some(0), None, Some(1)]);
}

#[test]
fn bad_instances_are_rejected() {
    let mut inst = Instance::new(2, 2);
    inst.push(0, 5, 1);
    assert!(matches!(solve(&inst), Err(SolveError::BadInstance(_))));
    let mut inst = Instance::new(2, 2);
    inst.push(0, 1, -1);
    assert!(matches!(solve(&inst), Err(SolveError::BadInstance(_))));
    let mut inst = Instance::new(2, 2);
    inst.caps.pop();
    assert!(matches!(solve(&inst), Err(SolveError::BadInstance(_))));
}

#[test]
fn empty_instances() {
    let sol = solve(&Instance::new(0, 3)).expect("empty");
    assert_eq!((sol.total, sol.assignment.len()), (0, 0));
    assert!(matches!(solve(&Instance::new(2, 0)), Err(SolveError::Infeasible { placed: 0, .. })));
}
