//! Pages without data: the accessibility statement.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::view::page;
use askama::Template;
use axum::response::Response;

#[derive(Template)]
#[template(path = "accessibility.html")]
struct AccessibilityPage<'a> {
    ctx: &'a Ctx,
}

pub async fn accessibility(ctx: Ctx) -> Result<Response, AppError> {
    page(&ctx, &AccessibilityPage { ctx: &ctx })
}
