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
}

pub fn render(lang: Lang, err: &AppError) -> String {
    let ctx = Ctx { lang, user: None, csrf: String::new(), set_csrf_cookie: false, path: String::new(), secure: false };
    let title_key = match err {
        AppError::NotFound => "err-not-found-title",
        AppError::Forbidden | AppError::Csrf => "err-forbidden-title",
        AppError::RateLimited => "err-rate-limited-title",
        AppError::Internal => "err-internal-title",
        _ => "err-bad-input-title",
    };
    let page = ErrorPage { ctx: &ctx, title: ctx.t(title_key), message: ctx.t(err.message_key()) };
    page.render().unwrap_or_else(|_| ctx.t(err.message_key()))
}
