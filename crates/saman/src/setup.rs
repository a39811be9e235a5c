//! Commands that set Saman up and grow it: the first administrator and organisation,
//! organisations, networks. Each calls the same use case as the web page.

use crate::cli::NetworkAction;
use crate::config::Config;
use crate::db::open;
use crate::say::{explain, read_password};
use anyhow::Result;
use saman_app::networks::NetworkDraft;
use saman_app::orgs::OrgDraft;
use saman_app::setup::SetupDraft;
use saman_app::{Actor, App};
use saman_domain::{Lang, NetworkId, OrgId};
use std::path::Path;

pub struct SetupArgs {
    pub username: String,
    pub display_name: Option<String>,
    pub org: OrgDraft,
    pub lang: String,
}

async fn app(config: Option<&Path>) -> Result<App> {
    Ok(App::new(open(&Config::load(config)?.database_url).await?))
}

pub async fn setup(a: SetupArgs, config: Option<&Path>) -> Result<()> {
    let app = app(config).await?;
    let d = SetupDraft {
        username: a.username.clone(),
        display_name: a.display_name.unwrap_or_default(),
        password: read_password()?,
        lang: Lang::parse(&a.lang),
        org: a.org,
    };
    let (_, org) = saman_app::setup::complete(&app, None, &d).await.map_err(explain)?;
    println!("created the administrator {} and organisation {org}; sign in and follow the checklist on the home page", a.username);
    Ok(())
}

pub async fn org_create(org: OrgDraft, config: Option<&Path>) -> Result<()> {
    let app = app(config).await?;
    let id = saman_app::orgs::create(&app, &Actor::system("cli"), &org).await.map_err(explain)?;
    println!("{id}");
    Ok(())
}

pub async fn network(action: NetworkAction) -> Result<()> {
    let actor = Actor::system("cli");
    match action {
        NetworkAction::List { config } => {
            let app = app(config.as_deref()).await?;
            for (n, orgs) in saman_app::orgs::networks(&app, &actor).await.map_err(explain)? {
                let names: Vec<String> = orgs.into_iter().map(|o| o.org.name).collect();
                println!("{}\t{}\t{}", n.id, n.name, names.join(", "));
            }
        }
        NetworkAction::Create { name, coordinator, config } => {
            let app = app(config.as_deref()).await?;
            let id = saman_app::networks::create(&app, &actor, &NetworkDraft { name, coordinator }).await.map_err(explain)?;
            println!("{id}");
        }
        NetworkAction::Invite { network, organisation, config } => {
            let app = app(config.as_deref()).await?;
            saman_app::networks::invite(&app, &actor, NetworkId(network), OrgId(organisation)).await.map_err(explain)?;
            println!("invited; the organisation's HR or an administrator accepts it under the organisation's Network page");
        }
    }
    Ok(())
}

/// Prints a one-time set-up link when Saman has no administrator yet.
pub async fn announce(app: &App, base: &str) -> Result<()> {
    if let Some(token) = saman_app::setup::begin(app).await.map_err(explain)? {
        let hours = saman_domain::setup::SETUP_TOKEN_SECONDS / 3600;
        println!("\nSaman has no administrator yet. Set it up within {hours} hours at:\n  {base}/setup?token={token}\n");
        tracing::info!("printed a one-time set-up link");
    }
    Ok(())
}
