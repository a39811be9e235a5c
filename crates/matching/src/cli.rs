//! Entry point for `saman match solve FILE [--out PAIRS]`.

use crate::{parse, solve, verify};
use std::path::Path;
use std::time::Instant;

/// Reads and solves the instance in `path`, verifies the result (an error
/// if verification fails), writes the assigned pairs `I J` one per line to
/// `out` when given, and returns the summary line
/// `cost TOTAL assigned K solve_ms T`, where `T` is the wall time of
/// [`solve`] alone (not reading, parsing or verifying) in milliseconds
/// with one decimal.
pub fn solve_file(path: &Path, out: Option<&Path>) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let inst = parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    drop(text);
    let start = Instant::now();
    let sol = solve(&inst).map_err(|e| format!("{}: {e}", path.display()))?;
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    verify(&inst, &sol).map_err(|e| format!("{}: verification FAILED: {e}", path.display()))?;
    if let Some(out) = out {
        let mut s = String::with_capacity(12 * sol.assignment.len());
        for (i, a) in sol.assignment.iter().enumerate() {
            if let Some(j) = a {
                s.push_str(&format!("{i} {j}\n"));
            }
        }
        std::fs::write(out, s).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    Ok(format!("cost {} assigned {} solve_ms {ms:.1}", sol.total, sol.assigned()))
}
