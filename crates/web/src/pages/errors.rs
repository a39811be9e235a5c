//! The error page, in the visitor's language.

use crate::ctx::Ctx;
use crate::error::AppError;
use askama::Template;
use saman_domain::Lang;

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
    let ctx = Ctx { lang, user: None, csrf: String::new(), set_csrf_cookie: false, path: String::new(), secure: false };
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
