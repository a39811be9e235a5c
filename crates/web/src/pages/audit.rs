//! The audit log: administrators see all of it, HR advisers their organisation's.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use saman_domain::Role;
use saman_store::AuditEntry;

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage<'a> {
    ctx: &'a Ctx,
    entries: Vec<AuditEntry>,
    /// For administrators: the outbox's (pending, sent, failed) and the mail given up on.
    outbox: Option<String>,
    failed: Vec<saman_store::FailedMail>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let entries = if s.access.is_admin() {
        state.db.audit().list(None, 200).await?
    } else if s.access.has_role(Role::Hr) {
        let mut all = vec![];
        for org in s.access.member_orgs().into_iter().filter(|o| s.access.manages_org(*o)) {
            all.extend(state.db.audit().list(Some(org), 200).await?);
        }
        all.sort_by_key(|b| std::cmp::Reverse(b.id));
        all.truncate(200);
        all
    } else {
        return Err(AppError::Forbidden);
    };
    let (outbox, failed) = if s.access.is_admin() {
        let (pending, sent, failed) = state.db.outbox_counts().await?;
        let n = |v: i64| saman_i18n::Arg::Num(v);
        let text = saman_i18n::t_args(ctx.lang, "outbox-counts", &[("pending", n(pending)), ("sent", n(sent)), ("failed", n(failed))]);
        (Some(text), state.db.failed_mail(20).await?)
    } else {
        (None, vec![])
    };
    page(&ctx, &AuditPage { ctx: &ctx, entries, outbox, failed })
}
