//! Signing in and out, and choosing a language.

use crate::cookies;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use saman_domain::Lang;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "signin.html")]
struct SignInPage<'a> {
    ctx: &'a Ctx,
    next: String,
    username: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

use crate::next::safe_next;

pub async fn form(ctx: Ctx, Query(q): Query<NextQuery>) -> Result<Response, AppError> {
    if ctx.user.is_some() {
        return Ok(Redirect::to(&safe_next(q.next.as_deref())).into_response());
    }
    page(&ctx, &SignInPage { ctx: &ctx, next: safe_next(q.next.as_deref()), username: String::new(), error: None })
}

#[derive(Deserialize)]
pub struct SignInForm {
    username: String,
    password: String,
    next: Option<String>,
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    CsrfForm(f): CsrfForm<SignInForm>,
) -> Result<Response, AppError> {
    let username = f.username.trim().to_lowercase();
    let next = safe_next(f.next.as_deref());
    let ip = headers
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .unwrap_or("direct")
        .trim()
        .to_string();
    let retry = |key: &str| -> Result<Response, AppError> {
        let mut r = page(&ctx, &SignInPage { ctx: &ctx, next: next.clone(), username: username.clone(), error: Some(ctx.t(key)) })?;
        *r.status_mut() =
            if key == "err-rate-limited" { axum::http::StatusCode::TOO_MANY_REQUESTS } else { axum::http::StatusCode::UNAUTHORIZED };
        Ok(r)
    };
    if username.is_empty() || f.password.is_empty() {
        return retry("signin-missing");
    }
    let user_key = format!("user:{username}");
    let ip_key = format!("ip:{ip}");
    if !state.limiter.attempt(&[&user_key, &ip_key]) {
        return retry("err-rate-limited");
    }
    let Some(started) = saman_app::signin::sign_in(&state, &username, &f.password, state.cfg.session_hours).await? else {
        state.metrics.signin_failed();
        return retry("signin-failed");
    };
    state.limiter.reset(&user_key);
    Ok(signed_in(&state, &ctx, started, &next))
}

/// The response to a successful sign-in: the session cookie, a fresh CSRF cookie, the
/// user's language, and on to `next`.
pub fn signed_in(state: &AppState, ctx: &Ctx, started: saman_app::signin::Started, next: &str) -> Response {
    let (token, user) = (started.token, started.known.user);
    let secure = state.cfg.secure_cookies;
    let mut resp = Redirect::to(next).into_response();
    let h = resp.headers_mut();
    let max_age = Some(state.cfg.session_hours * 3600);
    append_cookie(h, &cookies::set(cookies::session_name(secure), &token, secure, true, max_age));
    append_cookie(h, &cookies::set(cookies::csrf_name(secure), "", secure, true, Some(0)));
    let lang = user.lang.unwrap_or(ctx.lang);
    append_cookie(h, &cookies::set(cookies::LANG, lang.code(), secure, false, Some(365 * 86400)));
    resp
}

fn append_cookie(h: &mut HeaderMap, c: &str) {
    if let Ok(v) = HeaderValue::from_str(c) {
        h.append(header::SET_COOKIE, v);
    }
}

pub async fn signout(State(state): State<AppState>, ctx: Ctx, CsrfForm(_): CsrfForm<Empty>) -> Result<Response, AppError> {
    if let Some(s) = &ctx.user {
        saman_app::signin::sign_out(&state, &s.session_hash).await?;
        state.sessions.forget_session(&s.session_hash);
    }
    let secure = state.cfg.secure_cookies;
    let mut resp = Redirect::to("/signin").into_response();
    append_cookie(resp.headers_mut(), &cookies::set(cookies::session_name(secure), "", secure, true, Some(0)));
    Ok(resp)
}

#[derive(Deserialize)]
pub struct LangForm {
    lang: String,
    next: Option<String>,
}

pub async fn set_lang(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<LangForm>) -> Result<Response, AppError> {
    let lang = Lang::parse(&f.lang).ok_or(AppError::bad("err-bad-choice", "lang"))?;
    if let Some(s) = &ctx.user {
        saman_app::account::set_language(&state, &s.actor(), lang).await?;
        state.sessions.forget_user(s.user.id);
    }
    let mut resp = Redirect::to(&safe_next(f.next.as_deref())).into_response();
    append_cookie(resp.headers_mut(), &cookies::set(cookies::LANG, lang.code(), state.cfg.secure_cookies, false, Some(365 * 86400)));
    Ok(resp)
}
