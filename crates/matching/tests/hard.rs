//! Hard and structured families against an O(n³) Hungarian reference, and
//! larger instances checked through `verify`.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

mod common;

use common::{dense_matrix, hungarian};
use saman_matching::{Instance, generate, solve, verify};

fn check_against_hungarian(name: &str, inst: &Instance) {
    let sol = solve(inst).unwrap_or_else(|e| panic!("{name}: {e}"));
    verify(inst, &sol).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(sol.total, hungarian(&dense_matrix(inst)), "{name}");
}

#[test]
fn dense_families_match_hungarian() {
    let n = 200;
    check_against_hungarian("dense uniform", &generate::dense(n, 1000, 3));
    check_against_hungarian("dense 0..1", &generate::dense(n, 1, 4));
    check_against_hungarian("product i*j", &generate::product_costs(n, n));
    check_against_hungarian("modular i*j mod 97", &generate::modular_costs(n, n, 97));
    check_against_hungarian("equal costs dense", &generate::equal_costs(n, n, 5));
}

#[test]
fn sparse_and_capacitated_families_match_hungarian() {
    check_against_hungarian("sparse", &generate::sparse(150, 150, 6, 50, 9));
    check_against_hungarian("sparse rectangular", &generate::sparse(120, 160, 5, 50, 10));
    check_against_hungarian("equal costs", &generate::equal_costs(150, 4, 11));
    check_against_hungarian("product sparse", &generate::product_costs(150, 7));
    check_against_hungarian("many to one", &generate::many_to_one(120, 30, 5, 4, 30, 12));
    let mut tight = generate::many_to_one(120, 40, 3, 5, 30, 13);
    tight.unassigned = Some(25);
    check_against_hungarian("many to one, unassigned", &tight);
    let mut dense_gap = generate::dense(100, 100, 14);
    dense_gap.unassigned = Some(3);
    dense_gap.caps[0] = 5;
    check_against_hungarian("dense with unassigned", &dense_gap);
}

#[test]
fn moderate_hard_families_verify() {
    for (name, inst) in [
        ("equal costs 2000", generate::equal_costs(2000, 10, 21)),
        ("product 2000", generate::product_costs(2000, 12)),
        ("modular 2000", generate::modular_costs(2000, 30, 101)),
        ("sparse 2000", generate::sparse(2000, 2000, 8, 1000, 22)),
        ("many to one 2000", generate::many_to_one(2000, 400, 6, 8, 1000, 23)),
    ] {
        let sol = solve(&inst).unwrap_or_else(|e| panic!("{name}: {e}"));
        verify(&inst, &sol).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(sol.assigned(), inst.left, "{name}");
    }
}

#[test]
fn solving_is_deterministic() {
    for inst in [generate::sparse(3000, 3000, 6, 20, 5), generate::many_to_one(3000, 700, 5, 6, 3, 6), generate::dense(150, 2, 7)] {
        let (a, b) = (solve(&inst).expect("a"), solve(&inst).expect("b"));
        assert_eq!(a, b);
    }
}
