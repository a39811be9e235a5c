//! Organisations, their unit trees, and networks.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::orgview::OrgView;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use saman_app::records::Organisation;
use saman_domain::{OrgId, UnitId};

/// A row of a unit tree table.
pub struct TreeRow {
    pub id: UnitId,
    pub name: String,
    pub kind: String,
    pub depth: usize,
    pub people: i64,
}

/// Flattens a (sub)tree depth first into rows with distinct head counts.
pub fn tree_rows(ctx: &Ctx, view: &OrgView, start: &[UnitId], base_depth: usize) -> Vec<TreeRow> {
    let mut rows = vec![];
    for root in start {
        for id in view.tree.subtree(*root) {
            if let Some(u) = view.unit(id) {
                rows.push(TreeRow {
                    id,
                    name: u.name.clone(),
                    kind: ctx.t(&format!("unit-kind-{}", u.kind.code())),
                    depth: (view.tree.depth(id) + 1).saturating_sub(base_depth).min(6),
                    people: view.count(id),
                });
            }
        }
    }
    rows
}

pub struct OrgRow {
    pub org: Organisation,
    pub kind: String,
    pub people: i64,
    pub network: Option<String>,
}

fn row(ctx: &Ctx, o: saman_app::orgs::OrgSummary) -> OrgRow {
    OrgRow { kind: ctx.t(&format!("org-kind-{}", o.org.kind.code())), org: o.org, people: o.people, network: o.network }
}

#[derive(Template)]
#[template(path = "orgs.html")]
struct OrgsPage<'a> {
    ctx: &'a Ctx,
    orgs: Vec<OrgRow>,
    is_admin: bool,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let orgs = saman_app::orgs::organisations(&state, &s.actor()).await?.into_iter().map(|o| row(&ctx, o)).collect();
    page(&ctx, &OrgsPage { ctx: &ctx, orgs, is_admin: s.access.is_admin() })
}

#[derive(Template)]
#[template(path = "org.html")]
struct OrgPage<'a> {
    ctx: &'a Ctx,
    org: Organisation,
    kind: String,
    network: Option<String>,
    people: i64,
    unit_count: i64,
    rows: Vec<TreeRow>,
    max: i64,
    manages: bool,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::api::extract::Id(id): crate::api::extract::Id,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (summary, view) = saman_app::orgs::organisation(&state, &s.actor(), OrgId(id)).await?;
    let (org, network) = (summary.org, summary.network);
    let rows = tree_rows(&ctx, &view, view.tree.roots(), 0);
    let max = rows.iter().map(|r| r.people).max().unwrap_or(0);
    page(
        &ctx,
        &OrgPage {
            ctx: &ctx,
            kind: ctx.t(&format!("org-kind-{}", org.kind.code())),
            manages: s.access.manages_org(org.id),
            org,
            network,
            people: view.people as i64,
            unit_count: view.units.len() as i64,
            rows,
            max,
        },
    )
}

pub struct NetworkView {
    pub id: saman_domain::NetworkId,
    pub name: String,
    pub orgs: Vec<OrgRow>,
}

#[derive(Template)]
#[template(path = "networks.html")]
struct NetworksPage<'a> {
    ctx: &'a Ctx,
    networks: Vec<NetworkView>,
    is_admin: bool,
}

pub async fn networks(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let networks = saman_app::orgs::networks(&state, &s.actor())
        .await?
        .into_iter()
        .map(|(n, orgs)| NetworkView { id: n.id, name: n.name, orgs: orgs.into_iter().map(|o| row(&ctx, o)).collect() })
        .collect();
    page(&ctx, &NetworksPage { ctx: &ctx, networks, is_admin: s.access.is_admin() })
}
