//! Importing people's competence from a file: upload, check, preview, apply. Like the
//! organisation import, nothing is stored until the adviser confirms, and then all of it
//! is stored in one transaction or none of it.

use crate::admin::import::{Upload, describe, managed_orgs, read_upload};
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::{CsrfForm, Empty, check_csrf};
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::imports;
use saman_app::imports::jobs;
use saman_app::records::{HoldingsOutcome, Organisation};
use saman_domain::{Lang, OrgId};
use saman_i18n::t;
use serde::Deserialize;

pub struct ColumnRow {
    pub name: &'static str,
    pub required: bool,
    pub description: String,
}

#[derive(Template)]
#[template(path = "holdings_import.html")]
struct FormPage<'a> {
    ctx: &'a Ctx,
    orgs: Vec<Organisation>,
    selected: Option<OrgId>,
    errors: Vec<String>,
    columns: Vec<ColumnRow>,
}

#[derive(Template)]
#[template(path = "holdings_import_preview.html")]
struct PreviewPage<'a> {
    ctx: &'a Ctx,
    org: Organisation,
    draft: i64,
    filename: String,
    rows: usize,
    people: usize,
    replaced: usize,
    sample: Vec<(String, String, i64)>,
}

#[derive(Template)]
#[template(path = "holdings_import_done.html")]
struct DonePage<'a> {
    ctx: &'a Ctx,
    org: Organisation,
    outcome: HoldingsOutcome,
}

fn columns(lang: Lang) -> Vec<ColumnRow> {
    ["employee", "competence", "level", "obtained", "expires", "evidence"]
        .iter()
        .zip(saman_import::HOLDING_COLUMNS.iter())
        .map(|(key, (name, required, _))| ColumnRow {
            name,
            required: *required,
            description: t(lang, &format!("holdings-import-col-{key}")),
        })
        .collect()
}

async fn form_page(state: &AppState, ctx: &Ctx, selected: Option<OrgId>, errors: Vec<String>) -> Result<Response, AppError> {
    let orgs = managed_orgs(state, ctx).await?;
    let selected = selected.or_else(|| (orgs.len() == 1).then(|| orgs[0].id));
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let mut r = page(ctx, &FormPage { ctx, orgs, selected, errors, columns: columns(ctx.lang) })?;
    *r.status_mut() = status;
    Ok(r)
}

#[derive(Deserialize)]
pub struct FormQuery {
    organisation: Option<i64>,
}

pub async fn form(State(state): State<AppState>, ctx: Ctx, Query(q): Query<FormQuery>) -> Result<Response, AppError> {
    form_page(&state, &ctx, q.organisation.map(OrgId), vec![]).await
}

pub async fn template() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"saman-kompetanse-mal.csv\""),
        ],
        format!("\u{feff}{}", saman_import::HOLDINGS_TEMPLATE_CSV),
    )
        .into_response()
}

/// A refused file's lines, as the page shows them.
fn lines(lang: Lang, errs: &[saman_import::ImportError]) -> Vec<String> {
    errs.iter().map(|e| describe(lang, e)).collect()
}

pub async fn upload(State(state): State<AppState>, ctx: Ctx, mp: Multipart) -> Result<Response, AppError> {
    let orgs = managed_orgs(&state, &ctx).await?;
    let Upload { csrf, org, file, .. } = read_upload(mp, "file").await?;
    check_csrf(&ctx, csrf.as_deref())?;
    let Some(org) = org.and_then(|id| orgs.iter().find(|o| o.id == id)).cloned() else {
        return form_page(&state, &ctx, None, vec![t(ctx.lang, "import-choose-organisation")]).await;
    };
    let Some((filename, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return form_page(&state, &ctx, Some(org.id), vec![t(ctx.lang, "import-choose-file")]).await;
    };
    let s = ctx.require_user()?;
    let p = match imports::preview_holdings(&state, &s.actor(), org.id, &filename, &bytes).await? {
        Ok(p) => p,
        Err(errs) => return form_page(&state, &ctx, Some(org.id), lines(ctx.lang, &errs)).await,
    };
    let sample =
        p.sample.into_iter().map(|(name, c, level)| (name, c.map(|c| c.name(ctx.lang).to_string()).unwrap_or_default(), level)).collect();
    page(&ctx, &PreviewPage { ctx: &ctx, org, draft: p.draft, filename, rows: p.rows, people: p.people, replaced: p.replaced, sample })
}

/// Starts the import; a short one answers with its result, a long one with a page that shows
/// how far it has come.
pub async fn apply(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(draft_id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let job = jobs::start_holdings(&state, &s.actor(), draft_id).await?;
    if job.wait(state.cfg.import_wait).await {
        return finished(&state, &ctx, draft_id, &job).await;
    }
    Ok(Redirect::to(&format!("/import/holdings/{draft_id}/progress")).into_response())
}

#[derive(Template)]
#[template(path = "holdings_import_progress.html")]
struct ProgressPage<'a> {
    ctx: &'a Ctx,
    draft: i64,
    rows: usize,
    checked: usize,
    to_store: usize,
    stored: usize,
}

/// How far the actor's import has come; its result once it is done.
pub async fn progress(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(draft_id): Path<i64>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let job = jobs::holdings_job(&state, &s.actor(), draft_id)?;
    if job.is_done() {
        if headers.contains_key("hx-request") {
            // The polling part of the page asks: the whole page loads again and shows the result.
            return Ok(([("hx-refresh", "true")], "").into_response());
        }
        return finished(&state, &ctx, draft_id, &job).await;
    }
    let p = &job.progress;
    let load = |a: &std::sync::atomic::AtomicUsize| a.load(std::sync::atomic::Ordering::Relaxed);
    let (rows, checked, to_store, stored) = (load(&p.rows), load(&p.checked), load(&p.to_store), load(&p.stored));
    page(&ctx, &ProgressPage { ctx: &ctx, draft: draft_id, rows: rows.max(checked), checked, to_store, stored })
}

async fn finished(state: &AppState, ctx: &Ctx, draft_id: i64, job: &jobs::HoldingsJob) -> Result<Response, AppError> {
    match jobs::take_result(state, draft_id, job).ok_or(saman_app::Error::NotFound)?? {
        (org, Ok(outcome)) => page(ctx, &DonePage { ctx, org, outcome }),
        (org, Err(errs)) => form_page(state, ctx, Some(org.id), lines(ctx.lang, &errs)).await,
    }
}
