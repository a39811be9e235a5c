//! `saman`: one binary to run, migrate, import and administer Saman.

mod bench;
mod bench_learning;
mod cli;
mod config;
mod db;
mod run;
mod say;
mod setup;

use clap::Parser;

/// Reading millions of holdings allocates a vector per person and a buffer per row; with
/// mimalloc the full recompute of 15M holdings on PostgreSQL took a median 4.3 s instead of
/// 4.8 s (five runs each of `saman bench gaps`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let args = cli::Cli::parse();
    config::init_logging(args.log_json);
    let rt = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("saman: cannot start the runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match rt.block_on(run::run(args)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("saman: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
