//! Registering an organisation (administrators): name, kind, organisation number checked
//! as Brønnøysundregistrene checks it, and the municipality number where it applies.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::CsrfForm;
use crate::formerr::FieldErrors;
use crate::setup::org_form::{OrgFields, field_name};
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Template)]
#[template(path = "org_new.html")]
struct NewOrgPage<'a> {
    ctx: &'a Ctx,
    org: OrgFields,
    errors: FieldErrors,
}

pub async fn form(ctx: Ctx) -> Result<Response, AppError> {
    ctx.require_admin()?;
    page(&ctx, &NewOrgPage { ctx: &ctx, org: OrgFields::default(), errors: FieldErrors::default() })
}

pub async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<OrgFields>) -> Result<Response, AppError> {
    let s = ctx.require_admin()?;
    match saman_app::orgs::create(&state, &s.actor(), &f.draft()).await {
        Ok(id) => Ok(Redirect::to(&format!("/organisations/{id}/setup")).into_response()),
        Err(e) => {
            let errors = FieldErrors::from_error(ctx.lang, e, field_name)?;
            let mut r = page(&ctx, &NewOrgPage { ctx: &ctx, org: f, errors })?;
            *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(r)
        }
    }
}
