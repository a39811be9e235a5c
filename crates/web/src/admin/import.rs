//! Importing the organisation from an HR system's export: upload, preview, apply.
//! Nothing is stored until the adviser has seen the preview and confirmed it, and
//! then everything is applied in one transaction.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::{CsrfForm, Empty, check_csrf};
use crate::scope;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::imports;
use saman_app::records::Organisation;
use saman_domain::{Lang, OrgId};
use saman_i18n::{Arg, t, t_args};
use saman_import::{ImportError, PlanCounts, Scope};
use serde::Deserialize;

/// A line of an import error report in the user's language: "Line 4, column Startdato: …".
pub fn describe(lang: Lang, e: &ImportError) -> String {
    let args = [
        ("line", Arg::from(e.line)),
        ("column", Arg::from(e.column.clone().unwrap_or_default())),
        ("value", Arg::from(e.value.clone().unwrap_or_default())),
    ];
    let where_ = match &e.column {
        Some(_) => t_args(lang, "import-at-line-column", &args),
        None => t_args(lang, "import-at-line", &args),
    };
    format!("{where_}: {}", t_args(lang, e.code.key(), &args))
}

pub struct ColumnRow {
    pub name: &'static str,
    pub required: bool,
    pub description: String,
    pub aliases: String,
}

#[derive(Template)]
#[template(path = "import.html")]
struct ImportPage<'a> {
    ctx: &'a Ctx,
    orgs: Vec<Organisation>,
    selected: Option<OrgId>,
    errors: Vec<String>,
    columns: Vec<ColumnRow>,
    notice: Option<String>,
    /// The saved column mappings of the organisations shown.
    profiles: Vec<Profile>,
}

/// A saved column mapping as the import page lists it.
pub struct Profile {
    pub id: i64,
    pub org: OrgId,
    pub org_name: String,
    pub name: String,
    pub updated: String,
}

impl ImportPage<'_> {
    fn profiles_of(&self, org: &OrgId) -> Vec<&Profile> {
        self.profiles.iter().filter(|p| p.org == *org).collect()
    }
}

#[derive(Template)]
#[template(path = "import_preview.html")]
struct PreviewPage<'a> {
    ctx: &'a Ctx,
    org: Organisation,
    draft: i64,
    filename: String,
    counts: PlanCounts,
    new_units: Vec<String>,
    new_people: Vec<String>,
    ended: usize,
    /// Where positions end: the unit's name and how many.
    ended_where: Vec<(String, i64)>,
    /// The file covers only its own units.
    partial: bool,
    leader_warnings: Vec<String>,
    more_warnings: i64,
    /// The columns were read with a mapping; by the saved one of this name, if known.
    mapped: bool,
    mapping_name: Option<String>,
}

/// A row whose nearest leader differs from the unit's chosen leader, as the preview says it.
pub fn describe_leader_warning(lang: Lang, w: &saman_import::LeaderWarning) -> String {
    let args = [
        ("line", Arg::from(w.line)),
        ("named", Arg::from(w.named.clone())),
        ("unit", Arg::from(w.unit_code.clone())),
        ("chosen", Arg::from(w.chosen.clone())),
    ];
    t_args(lang, "import-leader-warning", &args)
}

#[derive(Template)]
#[template(path = "import_done.html")]
struct DonePage<'a> {
    ctx: &'a Ctx,
    org: Organisation,
    counts: PlanCounts,
}

/// A multipart upload: the CSRF token, the chosen organisation and one file (name, bytes).
pub(crate) struct Upload {
    pub csrf: Option<String>,
    /// What the file covers (organisation files): `whole` or `file_units`.
    pub scope: Option<String>,
    pub org: Option<OrgId>,
    /// The name of a saved column mapping to read the file with (organisation files).
    pub mapping: Option<String>,
    pub file: Option<(String, axum::body::Bytes)>,
}

/// Reads an upload form whose file is in the field `file_field`.
pub(crate) async fn read_upload(mut mp: Multipart, file_field: &'static str) -> Result<Upload, AppError> {
    let mut up = Upload { csrf: None, scope: None, org: None, mapping: None, file: None };
    while let Some(field) = mp.next_field().await.map_err(|_| AppError::bad("err-bad-form", file_field))? {
        match field.name() {
            Some("csrf") => up.csrf = field.text().await.ok(),
            Some("scope") => up.scope = field.text().await.ok(),
            Some("mapping") => up.mapping = field.text().await.ok(),
            Some("organisation") => up.org = field.text().await.ok().and_then(|s| s.parse::<i64>().ok()).map(OrgId),
            Some(name) if name == file_field => {
                let filename = field.file_name().unwrap_or("import.csv").to_string();
                let bytes = field.bytes().await.map_err(|_| AppError::bad("err-bad-form", file_field))?;
                up.file = Some((filename, bytes));
            }
            _ => {}
        }
    }
    Ok(up)
}

/// The organisations the user runs HR work for; refused when none (an administrator
/// before any organisation exists is shown the way to create one instead).
pub(crate) async fn managed_orgs(state: &AppState, ctx: &Ctx) -> Result<Vec<Organisation>, AppError> {
    let s = ctx.require_user()?;
    let orgs: Vec<Organisation> = scope::visible_orgs(state, &s.access).await?.into_iter().filter(|o| s.access.manages_org(o.id)).collect();
    if orgs.is_empty() && !s.access.is_admin() { Err(AppError::Forbidden) } else { Ok(orgs) }
}

fn columns(lang: Lang) -> Vec<ColumnRow> {
    saman_import::columns()
        .iter()
        .map(|c| ColumnRow {
            name: c.name,
            required: c.required,
            description: t(lang, &format!("import-col-{}", format!("{:?}", c.column).to_lowercase())),
            aliases: c.aliases.join(", "),
        })
        .collect()
}

pub(crate) async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    selected: Option<OrgId>,
    errors: Vec<String>,
    notice: Option<String>,
) -> Result<Response, AppError> {
    let orgs = managed_orgs(state, ctx).await?;
    let selected = selected.or_else(|| (orgs.len() == 1).then(|| orgs[0].id));
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let mut profiles = Vec::new();
    let s = ctx.require_user()?;
    for o in &orgs {
        for p in imports::mapping::list(state, &s.actor(), o.id).await? {
            let args = [("date", Arg::from(ctx.datetime(&p.updated_at))), ("who", Arg::from(p.updated_by.clone()))];
            let updated = t_args(ctx.lang, "import-mapping-updated", &args);
            profiles.push(Profile { id: p.id, org: o.id, org_name: o.name.clone(), name: p.name, updated });
        }
    }
    let mut r = page(ctx, &ImportPage { ctx, orgs, selected, errors, columns: columns(ctx.lang), notice, profiles })?;
    *r.status_mut() = status;
    Ok(r)
}

#[derive(Deserialize)]
pub struct FormQuery {
    organisation: Option<i64>,
}

pub async fn form(State(state): State<AppState>, ctx: Ctx, Query(q): Query<FormQuery>) -> Result<Response, AppError> {
    form_page(&state, &ctx, q.organisation.map(OrgId), vec![], None).await
}

pub async fn template() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"saman-organisasjon-mal.csv\""),
        ],
        format!("\u{feff}{}", saman_import::TEMPLATE_CSV),
    )
        .into_response()
}

/// A refused file's lines, as the page shows them.
pub(crate) fn lines(lang: Lang, errs: &[saman_import::ImportError]) -> Vec<String> {
    errs.iter().map(|e| describe(lang, e)).collect()
}

pub async fn upload(State(state): State<AppState>, ctx: Ctx, mp: Multipart) -> Result<Response, AppError> {
    let orgs = managed_orgs(&state, &ctx).await?;
    let Upload { csrf, org, file, scope, mapping } = read_upload(mp, "file").await?;
    let scope = scope.as_deref().and_then(Scope::parse).unwrap_or_default();
    check_csrf(&ctx, csrf.as_deref())?;
    let Some(org) = org.and_then(|id| orgs.iter().find(|o| o.id == id)).cloned() else {
        return form_page(&state, &ctx, None, vec![t(ctx.lang, "import-choose-organisation")], None).await;
    };
    let Some((filename, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return form_page(&state, &ctx, Some(org.id), vec![t(ctx.lang, "import-choose-file")], None).await;
    };
    let s = ctx.require_user()?;
    let mapping = mapping.filter(|m| !m.trim().is_empty());
    match imports::upload_org(&state, &s.actor(), org.id, &filename, &bytes, scope, mapping.as_deref()).await? {
        imports::Upload::Refused(errs) => form_page(&state, &ctx, Some(org.id), lines(ctx.lang, &errs), None).await,
        imports::Upload::NeedsMapping { draft, .. } => Ok(Redirect::to(&format!("/import/{draft}/columns")).into_response()),
        imports::Upload::Nothing => form_page(&state, &ctx, Some(org.id), vec![], Some(t(ctx.lang, "import-nothing-to-do"))).await,
        imports::Upload::Preview { draft, plan, mapping } => {
            let used = Used { mapped: mapping.is_some(), name: mapping };
            preview_page(&state, &ctx, org, draft, filename, &plan, scope, used).await
        }
    }
}

/// Which mapping a previewed file was read with.
pub(crate) struct Used {
    mapped: bool,
    name: Option<String>,
}

/// The preview of an organisation draft, planned again (after the user mapped its columns).
pub async fn preview(State(state): State<AppState>, ctx: Ctx, Path(draft_id): Path<i64>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (org, d, scope, plan) = imports::preview_org_draft(&state, &s.actor(), draft_id).await?;
    match plan {
        Ok(plan) if plan.is_empty() => form_page(&state, &ctx, Some(org.id), vec![], Some(t(ctx.lang, "import-nothing-to-do"))).await,
        Ok(plan) => {
            let used = Used { mapped: d.mapping.is_some(), name: None };
            preview_page(&state, &ctx, org, d.id, d.filename, &plan, scope, used).await
        }
        Err(errs) if imports::only_header_problems(&errs) => Ok(Redirect::to(&format!("/import/{draft_id}/columns")).into_response()),
        Err(errs) => form_page(&state, &ctx, Some(org.id), lines(ctx.lang, &errs), None).await,
    }
}

#[allow(clippy::too_many_arguments)]
async fn preview_page(
    state: &AppState,
    ctx: &Ctx,
    org: Organisation,
    draft: i64,
    filename: String,
    plan: &saman_import::Plan,
    scope: Scope,
    used: Used,
) -> Result<Response, AppError> {
    let new_units = plan.new_units.iter().take(20).map(|u| format!("{} ({})", u.name, u.code)).collect();
    let new_people =
        plan.new_people.iter().take(20).map(|p| format!("{} {} ({})", p.given_name, p.family_name, p.employee_number)).collect();
    let view = state.view(org.id).await?;
    let ended_where = plan
        .ended_units
        .iter()
        .take(20)
        .map(|(u, n)| (view.unit(saman_domain::UnitId(*u)).map_or_else(|| u.to_string(), |x| x.name.clone()), *n as i64))
        .collect();
    let partial = scope == Scope::FileUnits;
    let leader_warnings = plan.leader_warnings.iter().take(50).map(|w| describe_leader_warning(ctx.lang, w)).collect();
    let more_warnings = plan.leader_warnings.len().saturating_sub(50) as i64;
    let (counts, ended) = (plan.counts(), plan.ended_positions.len());
    page(
        ctx,
        &PreviewPage {
            ctx,
            counts,
            ended,
            ended_where,
            partial,
            org,
            draft,
            filename,
            new_units,
            new_people,
            leader_warnings,
            more_warnings,
            mapped: used.mapped,
            mapping_name: used.name,
        },
    )
}

pub async fn apply(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(draft_id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    match imports::apply_org_draft(&state, &s.actor(), draft_id).await? {
        (org, Ok(outcome)) => page(&ctx, &DonePage { ctx: &ctx, org, counts: outcome.counts }),
        (org, Err(errs)) => form_page(&state, &ctx, Some(org.id), lines(ctx.lang, &errs), None).await,
    }
}
