//! What each command does.

use crate::cli::{Cli, Command, ImportWhat, MatchAction, OrgAction, TokenAction, UserAction};
use crate::config::Config;
use crate::db::open;
use crate::say::{explain, no_such, read_password};
use crate::setup::SetupArgs;
use anyhow::{Context, Result, anyhow, bail};
use saman_app::admin::{GrantDraft, NewUser};
use saman_app::orgs::OrgDraft;
use saman_app::{Actor as AppActor, App};
use saman_domain::{Lang, OrgId};
use saman_store::Db;
use std::path::Path;

pub async fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Demo { port, bind, data_dir, employees, seed } => demo(&bind, port, &data_dir, employees, seed).await,
        Command::Serve { config } => {
            let cfg = Config::load(config.as_deref())?;
            let db = open(&cfg.database_url).await?;
            serve(db, &cfg).await
        }
        Command::Migrate { config } => {
            let cfg = Config::load(config.as_deref())?;
            let db = Db::connect(&cfg.database_url).await.context("connecting to the database")?;
            let n = db.migrate().await?;
            println!("{n} migration(s) applied");
            Ok(())
        }
        Command::Import { what: ImportWhat::Org { file, organisation, dry_run, lang, scope, mapping, config } } => {
            let cfg = Config::load(config.as_deref())?;
            let scope = saman_import::Scope::parse(&scope).ok_or_else(|| anyhow!("--scope is whole or file_units, not {scope}"))?;
            let db = open(&cfg.database_url).await?;
            let how = OrgImport { dry_run, lang: Lang::parse(&lang).unwrap_or_default(), scope, mapping };
            import_org(&db, &file, OrgId(organisation), how).await
        }
        Command::Import { what: ImportWhat::Holdings { file, organisation, dry_run, lang, config } } => {
            let cfg = Config::load(config.as_deref())?;
            let db = open(&cfg.database_url).await?;
            import_holdings(&db, &file, OrgId(organisation), dry_run, Lang::parse(&lang).unwrap_or_default()).await
        }
        Command::User { action } => user(action).await,
        Command::Setup { username, display_name, organisation, kind, org_number, municipality_number, lang, config } => {
            let org = OrgDraft { name: organisation, kind, org_number, municipality_number };
            crate::setup::setup(SetupArgs { username, display_name, org, lang }, config.as_deref()).await
        }
        Command::Org { action: OrgAction::Create { name, kind, org_number, municipality_number, config } } => {
            crate::setup::org_create(OrgDraft { name, kind, org_number, municipality_number }, config.as_deref()).await
        }
        Command::Network { action } => crate::setup::network(action).await,
        Command::Org { action: OrgAction::List { config } } => {
            let app = App::new(open(&Config::load(config.as_deref())?.database_url).await?);
            for o in saman_app::access::visible_orgs(&app, &AppActor::system("cli").access).await.map_err(explain)? {
                println!("{}\t{}\t{}", o.id, o.name, o.kind.code());
            }
            Ok(())
        }
        Command::Token { action: TokenAction::Create { user, name, config } } => {
            let cfg = Config::load(config.as_deref())?;
            let (app, actor) = (App::new(open(&cfg.database_url).await?), AppActor::system("cli"));
            let u = saman_app::admin::user_named(&app, &actor, &user).await.map_err(|e| no_such(e, &format!("no user named {user}")))?;
            let token = saman_app::account::create_token(&app, &actor, u.id, &name).await.map_err(explain)?;
            println!("{token}");
            Ok(())
        }
        Command::Match { action: MatchAction::Solve { file, out } } => {
            let line = saman_matching::cli::solve_file(&file, out.as_deref()).map_err(|e| anyhow!("{e}"))?;
            println!("{line}");
            Ok(())
        }
        Command::Bench { what: crate::cli::BenchWhat::Demo { employees, database_url } } => {
            crate::bench::demo(employees, database_url).await
        }
        Command::Bench { what: crate::cli::BenchWhat::Gaps { employees, holdings_per_person, database_url, runs } } => {
            crate::bench::gaps(employees, holdings_per_person, database_url, runs.max(1)).await
        }
        Command::Bench { what: crate::cli::BenchWhat::Learning { employees, people, database_url, runs } } => {
            crate::bench_learning::learning(employees, people.max(1), database_url, runs.max(1)).await
        }
        Command::Bench { what: crate::cli::BenchWhat::ImportHoldings { employees, rows, database_url } } => {
            crate::bench::import_holdings(employees, rows, database_url).await
        }
    }
}

async fn demo(bind: &str, port: u16, data_dir: &Path, employees: usize, seed: u64) -> Result<()> {
    let url = match std::env::var("SAMAN_DATABASE_URL") {
        Ok(u) => u,
        Err(_) => format!("sqlite://{}/saman.db", data_dir.display()),
    };
    let db = open(&url).await?;
    if db.orgs().organisations().await?.is_empty() {
        let started = std::time::Instant::now();
        let demo = saman_demo::generate(&saman_demo::DemoConfig { seed, employees });
        let hash = saman_web::auth::hash_password(saman_demo::DEMO_PASSWORD)?;
        db.load_demo(&demo, &hash).await?;
        println!("Generated a demo network of {employees} employees in {:.1} s.", started.elapsed().as_secs_f64());
    } else {
        println!("The database already holds data; starting with it as it is.");
    }
    println!("\nDemo accounts (password: {}):", saman_demo::DEMO_PASSWORD);
    for s in db.users().list().await? {
        let roles: Vec<&str> = s.grants.iter().map(|(_, g)| g.role().code()).collect();
        println!("  {:<16} {}", s.user.username, roles.join(", "));
    }
    let cfg = Config { database_url: url, bind: format!("{bind}:{port}"), ..Config::default() };
    serve(db, &cfg).await
}

async fn serve(db: Db, cfg: &Config) -> Result<()> {
    let listener = tokio::net::TcpListener::bind(&cfg.bind).await.with_context(|| format!("binding {}", cfg.bind))?;
    let here = format!("http://{}", listener.local_addr()?);
    println!("\nSaman is running at {here}");
    crate::setup::announce(&App::new(db.clone()), cfg.web().public_url.as_deref().unwrap_or(&here)).await?;
    tracing::info!(config = ?cfg, "serving");
    tokio::spawn(housekeeping(db.clone()));
    tokio::spawn(notifications(db.clone(), cfg.web().public_url));
    match &cfg.smtp {
        Some(smtp) => match saman_mail::Smtp::new(smtp) {
            Ok(mailer) => {
                tokio::spawn(saman_mail::run(db.clone(), mailer));
            }
            Err(e) => tracing::error!(error = %e, "the mail server settings are not usable; e-mail waits in the outbox"),
        },
        None => tracing::info!("no mail server configured ([smtp] or SAMAN_SMTP_HOST); e-mail waits in the outbox"),
    }
    let state = saman_web::AppState::new(db, cfg.web());
    tokio::spawn(notices(state.clone()));
    let app = saman_web::router(state);
    axum::serve(listener, app).with_graceful_shutdown(shutdown()).await?;
    Ok(())
}

/// Every hour: forget expired sessions and import previews nobody confirmed within a day.
async fn housekeeping(db: Db) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        tick.tick().await;
        match db.sessions().purge_expired().await {
            Ok(n) if n > 0 => tracing::info!(sessions = n, "purged expired sessions"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "purging sessions failed"),
        }
        if let Err(e) = db.drafts().purge_older_than(saman_store::now_unix() - 86_400).await {
            tracing::warn!(error = %e, "purging import drafts failed");
        }
    }
}

/// Every minute: notices written with a change that were not yet turned into e-mail (the
/// process that made the change told them at once unless it stopped first).
async fn notices(state: saman_web::AppState) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        tick.tick().await;
        saman_web::notify::deliver(&state).await;
    }
}

/// Every five minutes: reminders before sessions and transfer follow-ups that have fallen due.
async fn notifications(db: Db, public_url: Option<String>) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
    loop {
        tick.tick().await;
        if let Err(e) = saman_web::notify::sweep(&db, public_url.as_deref()).await {
            tracing::warn!(error = %e, "queueing reminders failed");
        }
    }
}

async fn shutdown() {
    let _ = tokio::signal::ctrl_c().await;
    tracing::info!("shutting down");
}

/// A refused file as the command line says it.
fn refused(lang: Lang, errs: &[saman_import::ImportError]) -> anyhow::Error {
    let lines: Vec<String> = errs.iter().map(|e| saman_web::describe_import_error(lang, e)).collect();
    anyhow!("{}\n{}", saman_i18n::t(lang, "import-refused"), lines.join("\n"))
}

/// How `saman import org` reads and applies a file.
struct OrgImport {
    dry_run: bool,
    lang: Lang,
    scope: saman_import::Scope,
    mapping: Option<String>,
}

async fn import_org(db: &Db, file: &Path, org: OrgId, how: OrgImport) -> Result<()> {
    use saman_app::imports::mapping;
    let OrgImport { dry_run, lang, scope, mapping: mapping_name } = how;
    let (app, actor) = (App::new(db.clone()), AppActor::system("cli import"));
    saman_app::access::org(&app, &actor.access, org).await.map_err(|e| no_such(e, &format!("no organisation with id {org}")))?;
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("import.csv");
    let profile = match &mapping_name {
        Some(m) => match mapping::named(&app, &actor, org, m).await {
            Err(saman_app::Error::NotFound) => {
                let known: Vec<String> = mapping::list(&app, &actor, org).await.map_err(explain)?.into_iter().map(|p| p.name).collect();
                let known = if known.is_empty() { "none".to_string() } else { known.join(", ") };
                return Err(anyhow!("organisation {org} has no column mapping named {m:?} (it has: {known})"));
            }
            r => Some(r.map_err(explain)?),
        },
        None => mapping::fitting(&app, &actor, org, name, &bytes).await.map_err(explain)?,
    };
    if let Some(p) = &profile {
        println!("columns read with the mapping {:?}", p.name);
    }
    let chosen = profile.map(|p| p.mapping).unwrap_or_default();
    let plan = saman_app::imports::plan_org(&app, &actor, org, name, &bytes, scope, &chosen)
        .await
        .map_err(explain)?
        .map_err(|e| refused(lang, &e))?;
    println!("{}", saman_store::import_summary(&plan.counts()));
    for w in &plan.leader_warnings {
        println!("{}", saman_web::describe_leader_warning(lang, w));
    }
    if dry_run || plan.is_empty() {
        return Ok(());
    }
    saman_app::imports::apply_org(&app, &actor, org, &plan).await.map_err(explain)?;
    println!("applied");
    Ok(())
}

async fn import_holdings(db: &Db, file: &Path, org: OrgId, dry_run: bool, lang: Lang) -> Result<()> {
    let (app, actor) = (App::new(db.clone()), AppActor::system("cli import"));
    saman_app::access::org(&app, &actor.access, org).await.map_err(|e| no_such(e, &format!("no organisation with id {org}")))?;
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("import.csv");
    let started = std::time::Instant::now();
    let rows =
        saman_app::imports::check_holdings(&app, &actor, org, name, &bytes).await.map_err(explain)?.map_err(|e| refused(lang, &e))?;
    let checked = started.elapsed();
    println!("{} rows checked in {} ms", rows.len(), checked.as_millis());
    if dry_run {
        return Ok(());
    }
    let out = saman_app::imports::apply_holdings(&app, &actor, org, &rows).await.map_err(explain)?;
    println!(
        "{} added, {} updated, {} unchanged in {} ms",
        out.added,
        out.updated,
        out.unchanged,
        (started.elapsed() - checked).as_millis()
    );
    Ok(())
}

async fn user(action: UserAction) -> Result<()> {
    match action {
        UserAction::List { config } => {
            let (app, actor) = (App::new(open(&Config::load(config.as_deref())?.database_url).await?), AppActor::system("cli"));
            let orgs = saman_app::access::visible_orgs(&app, &actor.access).await.map_err(explain)?;
            for s in saman_app::admin::users(&app, &actor).await.map_err(explain)? {
                let roles: Vec<&str> = s.grants.iter().map(|(_, g)| g.role().code()).collect();
                let mut org_names: Vec<String> = s
                    .grants
                    .iter()
                    .filter_map(|(_, g)| g.org())
                    .filter_map(|o| orgs.iter().find(|x| x.id == o).map(|x| x.name.clone()))
                    .collect();
                org_names.dedup();
                println!("{}\t{}\t{}", s.user.username, roles.join(","), org_names.join(","));
            }
            Ok(())
        }
        UserAction::Create { username, display_name, role, organisation, network, config } => {
            let db = open(&Config::load(config.as_deref())?.database_url).await?;
            if role.as_deref() == Some("leader") {
                bail!("leader roles name a unit; give them in the web interface");
            }
            let grant = role.map(|role| GrantDraft { role, organisation, network, unit_code: String::new() });
            let new =
                NewUser { username: username.clone(), display_name: display_name.unwrap_or_default(), password: read_password()?, grant };
            saman_app::admin::create_user(&App::new(db), &AppActor::system("cli"), &new).await.map_err(explain)?;
            println!("created {username}");
            Ok(())
        }
        UserAction::SetPassword { username, config } => {
            let (app, actor) = (App::new(open(&Config::load(config.as_deref())?.database_url).await?), AppActor::system("cli"));
            let u = saman_app::admin::user_named(&app, &actor, &username)
                .await
                .map_err(|e| no_such(e, &format!("no user named {username}")))?;
            saman_app::admin::set_password(&app, &actor, u.id, &read_password()?).await.map_err(explain)?;
            println!("password set for {username}; signed out everywhere");
            Ok(())
        }
    }
}
