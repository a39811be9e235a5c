use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Saman: competence and collaboration for municipalities and their partners.
#[derive(Parser)]
#[command(name = "saman", version)]
pub struct Cli {
    /// Log as JSON lines (for log collectors) instead of text.
    #[arg(long, global = true, env = "SAMAN_LOG_JSON")]
    pub log_json: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Run with a generated demo network (SQLite in --data-dir, or SAMAN_DATABASE_URL).
    Demo {
        #[arg(long, default_value_t = 8080)]
        port: u16,
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        #[arg(long, default_value = "data")]
        data_dir: PathBuf,
        /// How many employees to generate.
        #[arg(long, default_value_t = 1500)]
        employees: usize,
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
    /// Serve, configured by a file and SAMAN_* environment variables.
    Serve {
        /// A TOML file with `database_url`, `bind`, `secure_cookies`, `session_hours`.
        #[arg(long, env = "SAMAN_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Apply database migrations and exit.
    Migrate {
        #[arg(long, env = "SAMAN_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Create the first administrator and organisation without a browser (once; the
    /// password is read from SAMAN_PASSWORD or standard input).
    Setup {
        /// The administrator's username.
        #[arg(long)]
        username: String,
        #[arg(long)]
        display_name: Option<String>,
        /// The first organisation's name.
        #[arg(long)]
        organisation: String,
        /// municipality, county, hospital_trust, university_college, private_partner or other.
        #[arg(long, default_value = "municipality")]
        kind: String,
        /// Nine digits, checked as Brønnøysundregistrene checks them.
        #[arg(long)]
        org_number: String,
        /// Four digits; for municipalities.
        #[arg(long, default_value = "")]
        municipality_number: String,
        /// The administrator's language: nb, nn or en.
        #[arg(long, default_value = "nb")]
        lang: String,
        #[arg(long, env = "SAMAN_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Networks of organisations: list, create, invite.
    Network {
        #[command(subcommand)]
        action: NetworkAction,
    },
    /// Import data from files.
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Organisations: `saman org list` prints id, name and kind, tab-separated.
    Org {
        #[command(subcommand)]
        action: OrgAction,
    },
    /// User accounts.
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    /// Personal API tokens.
    Token {
        #[command(subcommand)]
        action: TokenAction,
    },
    /// Optimal matching (mentoring programmes, open calls): solve an instance file.
    Match {
        #[command(subcommand)]
        action: MatchAction,
    },
    /// Measure on generated data.
    Bench {
        #[command(subcommand)]
        what: BenchWhat,
    },
}

#[derive(Subcommand)]
pub enum ImportWhat {
    /// Units, people and positions, from CSV or XLSX, all or nothing.
    Org {
        file: PathBuf,
        #[arg(long)]
        organisation: i64,
        /// Show what would change without changing anything.
        #[arg(long)]
        dry_run: bool,
        /// Language of messages: nb, nn or en.
        #[arg(long, default_value = "nb", env = "SAMAN_LANG")]
        lang: String,
        /// What the file covers: `whole` (positions not in it end) or `file_units` (only the
        /// units it names and those below them).
        #[arg(long, default_value = "whole")]
        scope: String,
        /// Read the file's columns with the organisation's column mapping of this name (made in
        /// the web interface). Without it, a mapping made for exactly the file's headers is used.
        #[arg(long)]
        mapping: Option<String>,
        #[arg(long, env = "SAMAN_CONFIG")]
        config: Option<PathBuf>,
    },
    /// People's competence (one row per person and competence), from CSV or XLSX, all or nothing.
    Holdings {
        file: PathBuf,
        #[arg(long)]
        organisation: i64,
        /// Check the file without storing anything.
        #[arg(long)]
        dry_run: bool,
        /// Language of messages: nb, nn or en.
        #[arg(long, default_value = "nb", env = "SAMAN_LANG")]
        lang: String,
        #[arg(long, env = "SAMAN_CONFIG")]
        config: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum MatchAction {
    /// Reads `left N`, `right M`, optional `unassigned C` and `cap J C` lines, and `I J COST`
    /// pairs; prints `cost TOTAL assigned K solve_ms T`; `--out` writes the pairs.
    Solve {
        file: PathBuf,
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum OrgAction {
    /// One line per organisation: id, name, kind (tab-separated).
    List {
        #[arg(long, env = "SAMAN_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Register an organisation; prints its id.
    Create {
        name: String,
        /// municipality, county, hospital_trust, university_college, private_partner or other.
        #[arg(long, default_value = "municipality")]
        kind: String,
        #[arg(long)]
        org_number: String,
        /// Four digits; for municipalities.
        #[arg(long, default_value = "")]
        municipality_number: String,
        #[arg(long, env = "SAMAN_CONFIG")]
        config: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum NetworkAction {
    /// One line per network: id, name, member organisations (tab-separated).
    List {
        #[arg(long, env = "SAMAN_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Create a network with its coordinator (an existing username); prints its id.
    Create {
        name: String,
        #[arg(long)]
        coordinator: String,
        #[arg(long, env = "SAMAN_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Invite an organisation into a network; its HR or an administrator answers in Saman.
    Invite {
        #[arg(long)]
        network: i64,
        #[arg(long)]
        organisation: i64,
        #[arg(long, env = "SAMAN_CONFIG")]
        config: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum UserAction {
    /// One line per account: username, roles, organisation (tab-separated).
    List {
        #[arg(long, env = "SAMAN_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Create an account; the password is read from SAMAN_PASSWORD or standard input.
    Create {
        username: String,
        #[arg(long)]
        display_name: Option<String>,
        /// Role to grant: admin, hr, employee, coordinator (leader roles are given in the UI).
        #[arg(long)]
        role: Option<String>,
        /// Organisation id for hr and employee roles.
        #[arg(long)]
        organisation: Option<i64>,
        /// Network id for the coordinator role.
        #[arg(long)]
        network: Option<i64>,
        #[arg(long, env = "SAMAN_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Set a password, read from SAMAN_PASSWORD or standard input; signs the user out everywhere.
    SetPassword {
        username: String,
        #[arg(long, env = "SAMAN_CONFIG")]
        config: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum TokenAction {
    /// Create a personal API token for a user and print it.
    Create {
        #[arg(long)]
        user: String,
        #[arg(long, default_value = "cli")]
        name: String,
        #[arg(long, env = "SAMAN_CONFIG")]
        config: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum BenchWhat {
    /// Generate and load a demo network of N employees into a fresh database, timing each step.
    Demo {
        #[arg(long, default_value_t = 50_000)]
        employees: usize,
        /// Database to load into (default: a temporary SQLite file). Must be empty.
        #[arg(long, env = "SAMAN_BENCH_DATABASE_URL")]
        database_url: Option<String>,
    },
    /// Gap analysis of the largest organisation, warm and right after a change, and the full
    /// recompute of every organisation, on a demo network of N employees (or the network
    /// already in the database given).
    Gaps {
        #[arg(long, default_value_t = 50_000)]
        employees: usize,
        /// Give everyone this many holdings (through the holdings import) after loading the
        /// demo, which gives about 17 each.
        #[arg(long)]
        holdings_per_person: Option<usize>,
        #[arg(long, env = "SAMAN_BENCH_DATABASE_URL")]
        database_url: Option<String>,
        #[arg(long, default_value_t = 20)]
        runs: usize,
    },
    /// Learning in the largest organisation of a demo: enrol PEOPLE in one action, mark their
    /// attendance and completion, and the activity's progress page, warm.
    Learning {
        #[arg(long, default_value_t = 110_000)]
        employees: usize,
        #[arg(long, default_value_t = 600)]
        people: usize,
        #[arg(long, env = "SAMAN_BENCH_DATABASE_URL")]
        database_url: Option<String>,
        #[arg(long, default_value_t = 20)]
        runs: usize,
    },
    /// Import a generated holdings file of N rows into the largest organisation of a demo.
    ImportHoldings {
        #[arg(long, default_value_t = 50_000)]
        employees: usize,
        #[arg(long, default_value_t = 1_000_000)]
        rows: usize,
        #[arg(long, env = "SAMAN_BENCH_DATABASE_URL")]
        database_url: Option<String>,
    },
}
