//! `solve FILE [--out PAIRS]`: solves an instance file, verifies the result
//! and prints `cost TOTAL assigned K solve_ms T`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (file, out) = match args.as_slice() {
        [f] => (PathBuf::from(f), None),
        [f, flag, o] if flag == "--out" => (PathBuf::from(f), Some(PathBuf::from(o))),
        _ => {
            eprintln!("usage: solve FILE [--out PAIRS]");
            return ExitCode::from(2);
        }
    };
    match saman_matching::cli::solve_file(&file, out.as_deref()) {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
