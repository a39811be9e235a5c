//! The audit log: administrators see all of it, HR advisers their organisation's.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use saman_app::records::AuditEntry;

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage<'a> {
    ctx: &'a Ctx,
    entries: Vec<AuditEntry>,
    /// For administrators: the outbox's (pending, sent, failed) and the mail given up on.
    outbox: Option<String>,
    failed: Vec<saman_app::records::FailedMail>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let log = saman_app::audit::log(&state, &s.actor()).await?;
    let (outbox, failed) = match log.outbox {
        Some(o) => {
            let n = |v: i64| saman_i18n::Arg::Num(v);
            let args = [("pending", n(o.pending)), ("sent", n(o.sent)), ("failed", n(o.failed))];
            (Some(saman_i18n::t_args(ctx.lang, "outbox-counts", &args)), o.given_up)
        }
        None => (None, vec![]),
    };
    page(&ctx, &AuditPage { ctx: &ctx, entries: log.entries, outbox, failed })
}
