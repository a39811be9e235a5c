//! Organisations, their unit trees, and networks.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::orgview::OrgView;
use crate::scope;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use saman_domain::{OrgId, Role, UnitId};
use saman_store::Organisation;

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

#[derive(Template)]
#[template(path = "orgs.html")]
struct OrgsPage<'a> {
    ctx: &'a Ctx,
    orgs: Vec<OrgRow>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let networks = state.db.orgs().networks().await?;
    let mut orgs = vec![];
    for org in scope::visible_orgs(&state, &s.access).await? {
        let people = state.orgs.get(&state.db, org.id).await?.people as i64;
        let network = org.network_id.and_then(|n| networks.iter().find(|x| x.id == n)).map(|n| n.name.clone());
        orgs.push(OrgRow { kind: ctx.t(&format!("org-kind-{}", org.kind.code())), org, people, network });
    }
    page(&ctx, &OrgsPage { ctx: &ctx, orgs })
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
    let org = scope::org(&state, &s.access, OrgId(id)).await?;
    let view = state.orgs.get(&state.db, org.id).await?;
    let rows = tree_rows(&ctx, &view, view.tree.roots(), 0);
    let max = rows.iter().map(|r| r.people).max().unwrap_or(0);
    let network = match org.network_id {
        Some(n) => Some(state.db.orgs().network(n).await?.name),
        None => None,
    };
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
    pub name: String,
    pub orgs: Vec<OrgRow>,
}

#[derive(Template)]
#[template(path = "networks.html")]
struct NetworksPage<'a> {
    ctx: &'a Ctx,
    networks: Vec<NetworkView>,
}

pub async fn networks(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    if !(s.access.is_admin() || s.access.has_role(Role::Coordinator)) {
        return Err(AppError::Forbidden);
    }
    let coordinated = s.access.coordinated_networks();
    let all_orgs = state.db.orgs().organisations().await?;
    let mut networks = vec![];
    for n in state.db.orgs().networks().await? {
        if !s.access.is_admin() && !coordinated.contains(&n.id) {
            continue;
        }
        let mut orgs = vec![];
        for org in all_orgs.iter().filter(|o| o.network_id == Some(n.id)) {
            let people = state.orgs.get(&state.db, org.id).await?.people as i64;
            orgs.push(OrgRow { kind: ctx.t(&format!("org-kind-{}", org.kind.code())), org: org.clone(), people, network: None });
        }
        networks.push(NetworkView { name: n.name, orgs });
    }
    page(&ctx, &NetworksPage { ctx: &ctx, networks })
}
