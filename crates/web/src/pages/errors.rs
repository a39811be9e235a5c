//! The error page, in the visitor's language, and the middleware that renders every error a
//! handler returns: a page for people, a JSON body for the API.

use crate::cookies;
use crate::ctx::Ctx;
use crate::error::{ApiErrorBody, AppError, Pending, api_lang, urlencode};
use crate::state::AppState;
use askama::Template;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use saman_domain::Lang;
use saman_i18n::t;

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    ctx: &'a Ctx,
    title: String,
    message: String,
    /// For a failure on our side: what to quote to the administrator.
    reference: Option<String>,
}

/// The error page without a request context (it failed to load).
pub fn render(lang: Lang, err: &AppError) -> String {
    let ctx =
        Ctx { lang, user: None, csrf: String::new(), set_csrf_cookie: false, path: String::new(), here: String::new(), secure: false };
    render_for(&ctx, err)
}

/// The error page with the user's navigation and language.
pub fn render_for(ctx: &Ctx, err: &AppError) -> String {
    let title_key = match err {
        AppError::NotFound => "err-not-found-title",
        AppError::Forbidden | AppError::Csrf => "err-forbidden-title",
        AppError::RateLimited => "err-rate-limited-title",
        AppError::Internal { .. } => "err-internal-title",
        _ => "err-bad-input-title",
    };
    let reference = err
        .reference()
        .map(|r| saman_i18n::t_args(ctx.lang, "err-internal-reference", &[("reference", saman_i18n::Arg::Str(r.to_string()))]));
    let page = ErrorPage { ctx, title: ctx.t(title_key), message: ctx.t(err.message_key()), reference };
    page.render().unwrap_or_else(|_| ctx.t(err.message_key()))
}

/// Renders pending errors. For pages it loads the request context first (handlers then
/// reuse it), so an error page keeps the user's navigation, name and language.
pub async fn error_pages(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let lang = cookies::lang(req.headers());
    let path = req.uri().path().to_string();
    let is_api = path.starts_with("/api/");
    let is_page = !is_api && !path.starts_with("/assets/") && path != "/healthz" && path != "/metrics";
    let path_and_query = req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_default();
    let is_htmx = req.headers().contains_key("hx-request");
    let (mut parts, body) = req.into_parts();
    let ctx = if is_page { Ctx::from_request_parts(&mut parts, &state).await.ok() } else { None };
    let mut resp = next.run(Request::from_parts(parts, body)).await;
    let Some(Pending(err)) = resp.extensions_mut().remove::<Pending>() else { return resp };
    if is_api {
        let lang = api_lang(&resp).unwrap_or(lang);
        let body = ApiErrorBody {
            code: err.code().into(),
            message: t(lang, err.message_key()),
            field: err.field().map(Into::into),
            reference: err.reference().map(Into::into),
        };
        return (err.status(), axum::Json(body)).into_response();
    }
    if err == AppError::SignInRequired {
        let target = format!("/signin?next={}", urlencode(&path_and_query));
        if is_htmx {
            return ([("hx-redirect", target)], StatusCode::UNAUTHORIZED).into_response();
        }
        return Redirect::to(&target).into_response();
    }
    let html = match &ctx {
        Some(ctx) => render_for(ctx, &err),
        None => render(lang, &err),
    };
    let mut resp = (err.status(), [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response();
    if let Some(ctx) = ctx.filter(|c| c.set_csrf_cookie)
        && let Ok(v) = cookies::set(cookies::csrf_name(ctx.secure), &ctx.csrf, ctx.secure, true, None).parse()
    {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    resp
}
