//! `verify` must reject wrong solutions, not only accept right ones.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

use saman_matching::{Duals, Instance, Solution, solve, verify};

fn small() -> Instance {
    let mut inst = Instance::new(3, 2);
    inst.caps[1] = 2;
    for (i, j, c) in [(0, 0, 1), (0, 1, 5), (1, 0, 2), (1, 1, 3), (2, 1, 4)] {
        inst.push(i, j, c);
    }
    inst
}

#[test]
fn accepts_the_optimum() {
    let inst = small();
    let sol = solve(&inst).expect("feasible");
    assert_eq!(sol.total, 1 + 3 + 4);
    verify(&inst, &sol).expect("valid");
}

#[test]
fn rejects_a_suboptimal_assignment_even_with_plausible_duals() {
    let inst = small();
    let good = solve(&inst).expect("feasible");
    // Feasible but worse: 0→1, 1→0, 2→1 costs 5 + 2 + 4 = 11.
    let bad = Solution { total: 11, assignment: vec![Some(1), Some(0), Some(1)], duals: good.duals.clone() };
    let err = verify(&inst, &bad).expect_err("suboptimal");
    assert!(err.contains("not proven optimal"), "{err}");
    // No duals can certify it either, e.g. all zeros: dual objective 0 ≠ 11.
    let zeros = Solution { duals: Duals { u: vec![0; 3], v: vec![0; 2] }, ..bad };
    assert!(verify(&inst, &zeros).is_err());
}

#[test]
fn rejects_infeasible_solutions() {
    let inst = small();
    let good = solve(&inst).expect("feasible");
    let with = |assignment: Vec<Option<u32>>, total: i64| Solution { total, assignment, duals: good.duals.clone() };

    let over = verify(&inst, &with(vec![Some(0), Some(0), Some(1)], 7)).expect_err("capacity");
    assert!(over.contains("capacity"), "{over}");
    let non_edge = verify(&inst, &with(vec![Some(0), Some(1), Some(0)], 8)).expect_err("non-edge");
    assert!(non_edge.contains("not an allowed pair"), "{non_edge}");
    let missing = verify(&inst, &with(vec![Some(0), Some(1), None], 4)).expect_err("unassigned");
    assert!(missing.contains("unassigned"), "{missing}");
    let wrong_total = verify(&inst, &with(good.assignment.clone(), good.total - 1)).expect_err("total");
    assert!(wrong_total.contains("total"), "{wrong_total}");
}

#[test]
fn rejects_infeasible_duals() {
    let inst = small();
    let mut sol = solve(&inst).expect("feasible");
    sol.duals.u[0] += 1;
    sol.duals.v[0] -= 1; // objective unchanged for a full right node 0, but edge (1,0)…
    sol.duals.u[1] += 100;
    sol.duals.v[1] -= 50; // keeps Σu + Σcap·v, breaks edge (1, 0)
    let err = verify(&inst, &sol).expect_err("dual infeasible");
    assert!(err.contains("dual infeasible"), "{err}");
    let mut sol = solve(&inst).expect("feasible");
    sol.duals.v[0] = 1;
    assert!(verify(&inst, &sol).expect_err("positive v").contains("positive"));
}
