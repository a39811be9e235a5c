//! The user's own account: language and personal API tokens.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::grants::NamedGrant;
use saman_app::records::ApiToken;
use saman_domain::TokenId;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage<'a> {
    ctx: &'a Ctx,
    tokens: Vec<ApiToken>,
    new_token: Option<String>,
    errors: FieldErrors,
    name: String,
    roles: Vec<String>,
}

async fn render(state: &AppState, ctx: &Ctx, new_token: Option<String>, errors: FieldErrors, name: String) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let own = saman_app::account::own(state, &s.actor()).await?;
    let roles = own.roles.iter().map(|g| grant_label(ctx, g)).collect();
    let tokens = own.tokens;
    let has_errors = errors.any();
    let mut r = page(ctx, &AccountPage { ctx, tokens, new_token, errors, name, roles })?;
    if has_errors {
        *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

/// A role as people read it: "Leader – Kommune (Unit)".
pub fn grant_label(ctx: &Ctx, g: &NamedGrant) -> String {
    let mut label = ctx.t(&format!("role-{}", g.grant.role().code()));
    if let Some(place) = &g.place {
        label = format!("{label} – {place}");
    }
    if let Some(unit) = &g.unit {
        label = format!("{label} ({unit})");
    }
    label
}

pub async fn show(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    render(&state, &ctx, None, FieldErrors::default(), String::new()).await
}

#[derive(Deserialize)]
pub struct TokenForm {
    name: String,
}

pub async fn create_token(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<TokenForm>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    match saman_app::account::create_token(&state, &s.actor(), s.user.id, &f.name).await {
        Ok(token) => render(&state, &ctx, Some(token), FieldErrors::default(), String::new()).await,
        Err(saman_app::Error::Invalid(p)) => {
            let errors = FieldErrors::from_problems_named(ctx.lang, &p, |f| (f.to_string(), "field-token-name".to_string()));
            render(&state, &ctx, None, errors, f.name).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn delete_token(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::api::extract::Id(id): crate::api::extract::Id,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    saman_app::account::delete_token(&state, &s.actor(), TokenId(id)).await?;
    Ok(Redirect::to("/account").into_response())
}
