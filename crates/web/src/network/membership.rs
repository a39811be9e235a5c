//! An organisation's place in networks, as its HR sees it: the network it belongs to,
//! invitations waiting for an answer, and leaving.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::networks::{self, Membership};
use saman_domain::OrgId;
use saman_domain::network::InvitationState;

pub struct InvitationRow {
    pub id: i64,
    pub network: String,
    pub state: String,
    pub pending: bool,
    pub by: String,
}

#[derive(Template)]
#[template(path = "membership.html")]
struct MembershipPage<'a> {
    ctx: &'a Ctx,
    m: Membership,
    invitations: Vec<InvitationRow>,
    notice: Option<String>,
}

async fn render(state: &AppState, ctx: &Ctx, org: OrgId, notice: Option<String>) -> Result<Response, AppError> {
    let m = networks::membership(state, &ctx.require_user()?.actor(), org).await?;
    let invitations = m
        .invitations
        .iter()
        .map(|i| InvitationRow {
            id: i.id,
            network: i.network_name.clone(),
            state: ctx.t(&format!("invitation-{}", i.state.code())),
            pending: i.state == InvitationState::Pending,
            by: i.invited_by.clone(),
        })
        .collect();
    page(ctx, &MembershipPage { ctx, m, invitations, notice })
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    render(&state, &ctx, OrgId(id), None).await
}

async fn answer(state: &AppState, ctx: &Ctx, id: i64, accept: bool) -> Result<Response, AppError> {
    let actor = ctx.require_user()?.actor();
    match networks::answer(state, &actor, id, accept).await {
        Ok(inv) => Ok(Redirect::to(&format!("/organisations/{}/network", inv.org)).into_response()),
        Err(saman_app::Error::Conflict { key, .. }) => {
            let org = networks::invitation(state, &actor, id).await?.org;
            let mut r = render(state, ctx, org, Some(ctx.t(key))).await?;
            *r.status_mut() = axum::http::StatusCode::CONFLICT;
            Ok(r)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn accept(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    answer(&state, &ctx, id, true).await
}

pub async fn decline(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    answer(&state, &ctx, id, false).await
}

pub async fn leave(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    match networks::leave(&state, &ctx.require_user()?.actor(), OrgId(id)).await {
        Ok(_) => Ok(Redirect::to(&format!("/organisations/{id}/network")).into_response()),
        Err(saman_app::Error::Conflict { key, .. }) => render(&state, &ctx, OrgId(id), Some(ctx.t(key))).await,
        Err(e) => Err(e.into()),
    }
}
