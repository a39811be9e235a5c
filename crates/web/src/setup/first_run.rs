//! The set-up page: reached only through the one-time link printed when Saman starts with
//! no administrator; it creates the first administrator and organisation, signs the
//! administrator in, and is gone for good.

use super::org_form::{OrgFields, field_name};
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::CsrfForm;
use crate::formerr::FieldErrors;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::setup::{self, SetupDraft};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "setup.html")]
struct SetupPage<'a> {
    ctx: &'a Ctx,
    token: String,
    form: SetupForm,
    org: OrgFields,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "setup_refused.html")]
struct RefusedPage<'a> {
    ctx: &'a Ctx,
}

#[derive(Deserialize, Default, Clone)]
pub struct SetupForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(flatten)]
    org: OrgFields,
}

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// Set-up is over: the page is not there. A bad link: said plainly, with what to do.
async fn refused(state: &AppState, ctx: &Ctx) -> Result<Response, AppError> {
    if !setup::open(state).await? {
        return Err(AppError::NotFound);
    }
    let mut r = page(ctx, &RefusedPage { ctx })?;
    *r.status_mut() = StatusCode::NOT_FOUND;
    Ok(r)
}

pub async fn form(State(state): State<AppState>, ctx: Ctx, Query(q): Query<TokenQuery>) -> Result<Response, AppError> {
    if setup::check_link(&state, &q.token).await.is_err() {
        return refused(&state, &ctx).await;
    }
    page(
        &ctx,
        &SetupPage { ctx: &ctx, token: q.token, form: SetupForm::default(), org: OrgFields::default(), errors: FieldErrors::default() },
    )
}

pub async fn submit(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<SetupForm>) -> Result<Response, AppError> {
    let d = SetupDraft {
        username: f.username.trim().to_lowercase(),
        display_name: f.display_name.clone(),
        password: f.password.clone(),
        lang: Some(ctx.lang),
        org: f.org.draft(),
    };
    match setup::complete(&state, Some(&f.token), &d).await {
        Ok(_) => {}
        Err(saman_app::Error::NotFound) => return refused(&state, &ctx).await,
        Err(saman_app::Error::Conflict { key: "err-setup-done", .. }) => return Err(AppError::NotFound),
        Err(e) => {
            let errors = FieldErrors::from_error(ctx.lang, e, field_name)?;
            let org = f.org.clone();
            let mut r = page(
                &ctx,
                &SetupPage { ctx: &ctx, token: f.token.clone(), form: SetupForm { password: String::new(), ..f }, org, errors },
            )?;
            *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(r);
        }
    }
    // Signed in at once with what was just chosen; the home page shows the next steps.
    match saman_app::signin::sign_in(&state, &d.username, &d.password, state.cfg.session_hours).await? {
        Some(started) => Ok(crate::account::session::signed_in(&state, &ctx, started, "/")),
        None => Ok(Redirect::to("/signin").into_response()),
    }
}
