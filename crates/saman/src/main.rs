//! `saman`: one binary to run, migrate, import and administer Saman.

mod bench;
mod bench_learning;
mod cli;
mod config;
mod run;

use clap::Parser;

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
