//! Importing people's competence from a file: upload, check, preview, apply. Like the
//! organisation import, nothing is stored until the adviser confirms, and then all of it
//! is stored in one transaction or none of it.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::{CsrfForm, Empty, check_csrf};
use crate::pages::import::{Upload, describe, managed_orgs, read_upload};
use crate::scope;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use saman_domain::{Lang, OrgId};
use saman_i18n::t;
use saman_import::HoldingRow;
use saman_store::{HoldingsOutcome, Organisation};
use serde::Deserialize;
use std::collections::BTreeSet;

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

/// Reads and checks a file against the organisation's people and catalogue.
pub async fn check(
    state: &AppState,
    lang: Lang,
    org: OrgId,
    filename: &str,
    bytes: &[u8],
) -> Result<Result<Vec<HoldingRow>, Vec<String>>, AppError> {
    let lookup = state.db.holdings().import_lookup(org).await?;
    Ok(saman_import::parse_holdings_file(bytes, filename, &lookup).map_err(|errs| errs.iter().map(|e| describe(lang, e)).collect()))
}

pub async fn upload(State(state): State<AppState>, ctx: Ctx, mp: Multipart) -> Result<Response, AppError> {
    let orgs = managed_orgs(&state, &ctx).await?;
    let Upload { csrf, org, file } = read_upload(mp, "file").await?;
    check_csrf(&ctx, csrf.as_deref())?;
    let Some(org) = org.and_then(|id| orgs.iter().find(|o| o.id == id)).cloned() else {
        return form_page(&state, &ctx, None, vec![t(ctx.lang, "import-choose-organisation")]).await;
    };
    let Some((filename, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return form_page(&state, &ctx, Some(org.id), vec![t(ctx.lang, "import-choose-file")]).await;
    };
    let rows = match check(&state, ctx.lang, org.id, &filename, &bytes).await? {
        Ok(rows) => rows,
        Err(errors) => return form_page(&state, &ctx, Some(org.id), errors).await,
    };
    let s = ctx.require_user()?;
    let draft = state.db.drafts().create(org.id, Some(s.user.id), "holdings", &filename, &bytes).await?;
    let existing = state.db.holdings().keys(org.id).await?;
    let replaced = rows.iter().filter(|r| existing.contains(&(r.person, r.competence))).count();
    let people: BTreeSet<i64> = rows.iter().map(|r| r.person).collect();
    let catalogue = state.catalogues.get(&state.db, Some(org.id)).await?;
    let first: Vec<&HoldingRow> = rows.iter().take(10).collect();
    let ids: Vec<saman_domain::PersonId> = first.iter().map(|r| saman_domain::PersonId(r.person)).collect();
    let names = state.db.people().names(&ids).await?;
    let sample = first
        .iter()
        .map(|r| {
            let c = catalogue.iter().find(|c| c.id.0 == r.competence);
            let cname = c.map(|c| c.name(ctx.lang).to_string()).unwrap_or_default();
            (names.get(&saman_domain::PersonId(r.person)).cloned().unwrap_or_default(), cname, r.level)
        })
        .collect();
    page(&ctx, &PreviewPage { ctx: &ctx, org, draft, filename, rows: rows.len(), people: people.len(), replaced, sample })
}

pub async fn apply(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(draft_id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let draft = state.db.drafts().get(draft_id).await?;
    if draft.user != Some(s.user.id) || !s.access.manages_org(draft.org) || draft.kind != "holdings" {
        return Err(AppError::NotFound);
    }
    let org = scope::org(&state, &s.access, draft.org).await?;
    // Checked again: people or the catalogue may have changed since the preview.
    let rows = match check(&state, ctx.lang, org.id, &draft.filename, &draft.content).await? {
        Ok(rows) => rows,
        Err(errors) => return form_page(&state, &ctx, Some(org.id), errors).await,
    };
    let outcome = state.db.holdings().import(&ctx.actor(), org.id, &rows).await?;
    state.db.drafts().delete(draft.id).await?;
    page(&ctx, &DonePage { ctx: &ctx, org, outcome })
}
