//! Text format for instances.
//!
//! ```text
//! # comment (also after data: `0 1 5  # note`)
//! left 3
//! right 2
//! unassigned 100   # optional: cost of leaving a left node unassigned
//! cap 1 2          # optional: capacity of right node 1 (default 1)
//! 0 0 4            # allowed pair: left I, right J, integer COST >= 0
//! 1 0 2
//! 2 1 7
//! ```
//!
//! Nodes are 0-based. `left`, `right`, `unassigned` and `cap` lines may come
//! in any order, except that `left` and `right` must precede every pair and
//! `right` every `cap` line. Each keyword except `cap` appears at most once;
//! a second `cap` for the same node overrides the first. A pair listed
//! twice is accepted: both copies are kept and the cheaper one counts
//! (the solver and verifier always use the cheapest copy).

use crate::{Edge, Instance, max_cost};
use std::fmt::{self, Write as _};

/// A parse failure at a 1-based line number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

fn err<T>(line: usize, message: impl Into<String>) -> Result<T, ParseError> {
    Err(ParseError { line, message: message.into() })
}

fn number(line: usize, tok: &str, what: &str) -> Result<u64, ParseError> {
    let b = tok.as_bytes();
    if b.is_empty() || b.len() > 18 || !b.iter().all(u8::is_ascii_digit) {
        let hint = if tok.starts_with('-') { " (must not be negative)" } else { "" };
        return err(line, format!("{what} must be a non-negative integer, found `{tok}`{hint}"));
    }
    Ok(b.iter().fold(0u64, |acc, &d| acc * 10 + (d - b'0') as u64))
}

/// Parses an instance; errors name the 1-based line and the problem.
pub fn parse(text: &str) -> Result<Instance, ParseError> {
    let mut left: Option<usize> = None;
    let mut right: Option<usize> = None;
    let mut unassigned: Option<(i64, usize)> = None;
    let mut caps: Vec<u32> = Vec::new();
    let mut edges: Vec<Edge> = Vec::new();
    let mut last = 0;
    for (idx, raw) in text.lines().enumerate() {
        let ln = idx + 1;
        last = ln;
        let data = raw.split('#').next().unwrap_or("");
        let mut toks = data.split_ascii_whitespace();
        let Some(first) = toks.next() else { continue };
        let rest: [Option<&str>; 3] = [toks.next(), toks.next(), toks.next()];
        let count = 1 + rest.iter().filter(|t| t.is_some()).count();
        if first.as_bytes()[0].is_ascii_digit() {
            let [Some(a), Some(b), None] = rest else {
                return err(ln, format!("expected `I J COST`, found `{}`", data.trim()));
            };
            let (Some(n), Some(m)) = (left, right) else {
                return err(ln, "pair before the `left` and `right` lines");
            };
            let i = number(ln, first, "left node")?;
            let j = number(ln, a, "right node")?;
            let c = number(ln, b, "cost")?;
            if i >= n as u64 {
                return err(ln, format!("left node {i} is out of range (left {n})"));
            }
            if j >= m as u64 {
                return err(ln, format!("right node {j} is out of range (right {m})"));
            }
            let limit = max_cost(n, m);
            if c as i64 > limit {
                return err(ln, format!("cost {c} is too large (at most {limit})"));
            }
            edges.push(Edge { left: i as u32, right: j as u32, cost: c as i64 });
            continue;
        }
        let args = count - 1;
        let want = if first == "cap" { 2 } else { 1 };
        if !matches!(first, "left" | "right" | "unassigned" | "cap") {
            return err(ln, format!("unknown keyword `{first}` (expected left, right, unassigned, cap or `I J COST`)"));
        }
        if args != want {
            let usage = if first == "cap" { "`cap J C`".to_string() } else { format!("`{first} N`") };
            return err(ln, format!("expected {usage}, found `{}`", data.trim()));
        }
        let x = number(ln, rest[0].unwrap_or(""), first)?;
        match first {
            "left" | "right" => {
                let slot = if first == "left" { &mut left } else { &mut right };
                if slot.is_some() {
                    return err(ln, format!("`{first}` given twice"));
                }
                if x >= u32::MAX as u64 - 1 {
                    return err(ln, format!("`{first}` {x} is too large"));
                }
                *slot = Some(x as usize);
                if first == "right" {
                    caps = vec![1; x as usize];
                }
            }
            "unassigned" => {
                if unassigned.is_some() {
                    return err(ln, "`unassigned` given twice");
                }
                unassigned = Some((x as i64, ln));
            }
            _ => {
                let Some(m) = right else {
                    return err(ln, "`cap` before the `right` line");
                };
                if x >= m as u64 {
                    return err(ln, format!("right node {x} is out of range (right {m})"));
                }
                let c = number(ln, rest[1].unwrap_or(""), "capacity")?;
                if c > u32::MAX as u64 {
                    return err(ln, format!("capacity {c} is too large"));
                }
                caps[x as usize] = c as u32;
            }
        }
    }
    let Some(left) = left else { return err(last.max(1), "missing `left N` line") };
    let Some(right) = right else { return err(last.max(1), "missing `right M` line") };
    let mut inst = Instance { left, right, unassigned: None, caps, edges };
    if let Some((c, ln)) = unassigned {
        let limit = max_cost(left, right);
        if c > limit {
            return err(ln, format!("unassigned cost {c} is too large (at most {limit})"));
        }
        inst.unassigned = Some(c);
    }
    Ok(inst)
}

/// Writes an instance in the text format; `parse(&write(x)) == x` for every
/// instance with non-negative costs and `caps.len() == right`.
pub fn write(inst: &Instance) -> String {
    let mut s = String::with_capacity(16 * inst.edges.len() + 64);
    let _ = writeln!(s, "left {}\nright {}", inst.left, inst.right);
    if let Some(c) = inst.unassigned {
        let _ = writeln!(s, "unassigned {c}");
    }
    for (j, &c) in inst.caps.iter().enumerate() {
        if c != 1 {
            let _ = writeln!(s, "cap {j} {c}");
        }
    }
    for e in &inst.edges {
        let _ = writeln!(s, "{} {} {}", e.left, e.right, e.cost);
    }
    s
}
