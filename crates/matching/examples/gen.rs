//! Writes a generated instance to stdout:
//!
//! ```text
//! gen sparse N M K COST_MAX SEED
//! gen many_to_one N M CAP K COST_MAX SEED
//! gen dense N COST_MAX SEED
//! gen equal_costs N K SEED
//! gen product_costs N K
//! gen modular_costs N K P
//! ```

use saman_matching::{generate, write};
use std::io::Write;
use std::process::ExitCode;

fn run(args: &[String]) -> Result<saman_matching::Instance, String> {
    let num = |k: usize| -> Result<u64, String> {
        let s = args.get(k).ok_or_else(|| format!("missing argument {k}"))?;
        s.parse::<u64>().map_err(|_| format!("bad number `{s}`"))
    };
    let u = |k: usize| num(k).map(|x| x as usize);
    let i = |k: usize| num(k).map(|x| x as i64);
    let want = |n: usize| {
        if args.len() == n { Ok(()) } else { Err(format!("`{}` takes {} arguments", args[0], n - 1)) }
    };
    match args.first().map(String::as_str) {
        Some("sparse") => want(6).and(Ok(generate::sparse(u(1)?, u(2)?, u(3)?, i(4)?, num(5)?))),
        Some("many_to_one") => want(7).and(Ok(generate::many_to_one(u(1)?, u(2)?, num(3)? as u32, u(4)?, i(5)?, num(6)?))),
        Some("dense") => want(4).and(Ok(generate::dense(u(1)?, i(2)?, num(3)?))),
        Some("equal_costs") => want(4).and(Ok(generate::equal_costs(u(1)?, u(2)?, num(3)?))),
        Some("product_costs") => want(3).and(Ok(generate::product_costs(u(1)?, u(2)?))),
        Some("modular_costs") => want(4).and(Ok(generate::modular_costs(u(1)?, u(2)?, i(3)?))),
        _ => Err("usage: gen sparse|many_to_one|dense|equal_costs|product_costs|modular_costs ARGS...".into()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(inst) => {
            let mut out = std::io::stdout().lock();
            if out.write_all(write(&inst).as_bytes()).is_err() {
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
