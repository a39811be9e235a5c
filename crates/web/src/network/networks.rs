//! A network's page (members, invitations sent, invite another organisation) and
//! creating a network (administrators).

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::CsrfForm;
use crate::formerr::FieldErrors;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::networks::{self, NetworkDraft, NetworkPage};
use saman_domain::{NetworkId, OrgId};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "network_new.html")]
struct NewPage<'a> {
    ctx: &'a Ctx,
    form: NewForm,
    errors: FieldErrors,
}

#[derive(Deserialize, Default)]
pub struct NewForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    coordinator: String,
}

pub async fn new(ctx: Ctx) -> Result<Response, AppError> {
    let s = ctx.require_admin()?;
    let form = NewForm { name: String::new(), coordinator: s.user.username.clone() };
    page(&ctx, &NewPage { ctx: &ctx, form, errors: FieldErrors::default() })
}

pub async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<NewForm>) -> Result<Response, AppError> {
    let s = ctx.require_admin()?;
    let d = NetworkDraft { name: f.name.clone(), coordinator: f.coordinator.clone() };
    match networks::create(&state, &s.actor(), &d).await {
        Ok(id) => {
            state.sessions.forget_user(s.user.id);
            Ok(Redirect::to(&format!("/networks/{id}")).into_response())
        }
        Err(e) => {
            let errors = FieldErrors::from_error(ctx.lang, e, FieldErrors::plain_name)?;
            let mut r = page(&ctx, &NewPage { ctx: &ctx, form: f, errors })?;
            *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(r)
        }
    }
}

pub struct InvitationRow {
    pub org: String,
    pub state: String,
    pub by: String,
}

#[derive(Template)]
#[template(path = "network.html")]
struct ShowPage<'a> {
    ctx: &'a Ctx,
    p: NetworkPage,
    invitations: Vec<InvitationRow>,
    errors: FieldErrors,
}

async fn render(state: &AppState, ctx: &Ctx, id: NetworkId, errors: FieldErrors) -> Result<Response, AppError> {
    let p = networks::page(state, &ctx.require_user()?.actor(), id).await?;
    let invitations = p
        .invitations
        .iter()
        .map(|i| InvitationRow {
            org: i.org_name.clone(),
            state: ctx.t(&format!("invitation-{}", i.state.code())),
            by: i.invited_by.clone(),
        })
        .collect();
    let bad = errors.any();
    let mut r = page(ctx, &ShowPage { ctx, p, invitations, errors })?;
    if bad {
        *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    render(&state, &ctx, NetworkId(id), FieldErrors::default()).await
}

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    organisation: String,
}

pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    let actor = ctx.require_user()?.actor();
    let Ok(org) = f.organisation.parse::<i64>() else {
        let mut e = FieldErrors::default();
        e.add(ctx.lang, "organisation", "field-organisation", "err-required");
        return render(&state, &ctx, NetworkId(id), e).await;
    };
    match networks::invite(&state, &actor, NetworkId(id), OrgId(org)).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{id}")).into_response()),
        Err(saman_app::Error::Conflict { key, .. }) => {
            let mut e = FieldErrors::default();
            e.add(ctx.lang, "organisation", "field-organisation", key);
            render(&state, &ctx, NetworkId(id), e).await
        }
        Err(e) => {
            let errors = FieldErrors::from_error(ctx.lang, e, FieldErrors::plain_name)?;
            render(&state, &ctx, NetworkId(id), errors).await
        }
    }
}
