//! Text format: round trips and line-numbered errors.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

use saman_matching::{Instance, cli, generate, parse, write};

#[test]
fn round_trips_through_write() {
    let text = "# mentoring\nleft 3\n\nright 2 # two mentors\nunassigned 50\ncap 1 3\n0 0 4\n1 0 2\n2 1 7\n2 1 5\n";
    let inst = parse(text).expect("valid");
    assert_eq!((inst.left, inst.right, inst.unassigned), (3, 2, Some(50)));
    assert_eq!(inst.caps, vec![1, 3]);
    assert_eq!(inst.edges.len(), 4, "duplicate pairs are kept; the cheaper counts");
    assert_eq!(parse(&write(&inst)).expect("round trip"), inst);
    for g in [generate::sparse(50, 60, 5, 100, 1), generate::many_to_one(40, 10, 4, 3, 9, 2), generate::product_costs(20, 4)] {
        assert_eq!(parse(&write(&g)).expect("round trip"), g);
    }
}

#[test]
fn keywords_in_any_order() {
    let inst = parse("right 2\ncap 0 0\nunassigned 3\nleft 1\n0 1 1\n").expect("valid");
    assert_eq!(inst.caps, vec![0, 1]);
    assert_eq!(inst, Instance { left: 1, right: 2, unassigned: Some(3), caps: vec![0, 1], edges: inst.edges.clone() });
}

fn error(text: &str) -> (usize, String) {
    let e = parse(text).expect_err("malformed");
    assert!(e.to_string().starts_with(&format!("line {}: ", e.line)));
    (e.line, e.message)
}

#[test]
fn malformed_lines_are_named() {
    let head = "left 3\nright 10\n";
    let cases: &[(&str, usize, &str)] = &[
        ("0 12 5\n", 3, "right node 12 is out of range (right 10)"),
        ("3 1 5\n", 3, "left node 3 is out of range (left 3)"),
        ("0 1\n", 3, "expected `I J COST`"),
        ("0 1 2 3\n", 3, "expected `I J COST`"),
        ("0 1 -2\n", 3, "must not be negative"),
        ("0 x 2\n", 3, "right node must be a non-negative integer"),
        ("0 1 2.5\n", 3, "cost must be a non-negative integer"),
        ("\n# c\nfoo 1\n", 5, "unknown keyword `foo`"),
        ("left 4\n", 3, "`left` given twice"),
        ("cap 10 2\n", 3, "right node 10 is out of range"),
        ("cap 1\n", 3, "expected `cap J C`"),
        ("unassigned\n", 3, "expected `unassigned N`"),
        ("0 1 99999999999999999\n", 3, "is too large"),
    ];
    for &(tail, line, needle) in cases {
        let (l, msg) = error(&format!("{head}{tail}"));
        assert_eq!(l, line, "{tail:?}: {msg}");
        assert!(msg.contains(needle), "{tail:?}: {msg}");
    }
    assert_eq!(error("left 2\n0 0 1\n"), (2, "pair before the `left` and `right` lines".into()));
    assert_eq!(error("cap 0 1\n").1, "`cap` before the `right` line");
    assert!(error("left 2\n").1.contains("missing `right M`"));
}

#[test]
fn cli_solves_writes_pairs_and_reports() {
    let dir = std::env::temp_dir().join(format!("saman-matching-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (file, out) = (dir.join("i.txt"), dir.join("pairs.txt"));
    std::fs::write(&file, "left 3\nright 2\nunassigned 9\n0 0 1\n1 0 2\n2 1 3\n").expect("write");
    let line = cli::solve_file(&file, Some(&out)).expect("solved");
    assert!(line.starts_with("cost 13 assigned 2 solve_ms "), "{line}");
    assert_eq!(std::fs::read_to_string(&out).expect("pairs"), "0 0\n2 1\n");
    std::fs::write(&file, "left 2\nright 1\n0 0 1\n1 0 1\n").expect("write");
    let err = cli::solve_file(&file, None).expect_err("infeasible");
    assert!(err.contains("infeasible"), "{err}");
    std::fs::write(&file, "left 1\nright 1\n0 3 1\n").expect("write");
    assert!(cli::solve_file(&file, None).expect_err("bad").contains("line 3: right node 3"));
    let _ = std::fs::remove_dir_all(&dir);
}
