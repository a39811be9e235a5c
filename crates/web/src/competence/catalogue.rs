//! The competence catalogue: the shipped competences and the organisation's own,
//! searchable; HR advisers add their own.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::CsrfForm;
use crate::formerr::FieldErrors;
use crate::scope;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::records::Organisation;
use saman_app::{catalogue, input};
use saman_catalogue::{Kind, default_catalogue_ref};
use saman_domain::{OrgId, search};
use serde::Deserialize;

pub struct Row {
    pub name: String,
    pub key: String,
    pub kind: String,
    pub category: String,
    pub validity: Option<i64>,
    pub own: bool,
}

#[derive(Template)]
#[template(path = "catalogue.html")]
struct CataloguePage<'a> {
    ctx: &'a Ctx,
    org: Option<Organisation>,
    orgs: Vec<Organisation>,
    rows: Vec<Row>,
    shown: usize,
    total: usize,
    q: String,
    kind: String,
    kinds: Vec<(String, String)>,
    categories: Vec<(String, String)>,
    manages: bool,
    errors: FieldErrors,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct CatalogueQuery {
    organisation: Option<i64>,
    q: Option<String>,
    kind: Option<String>,
}

fn kinds(ctx: &Ctx) -> Vec<(String, String)> {
    Kind::ALL.iter().map(|k| (k.code().to_string(), ctx.t(&format!("kind-{}", k.code())))).collect()
}

fn category_name(ctx: &Ctx, key: &str) -> String {
    default_catalogue_ref().category(key).map(|c| c.name.get(ctx.lang).to_string()).unwrap_or_else(|| key.to_string())
}

async fn render(state: &AppState, ctx: &Ctx, q: CatalogueQuery, errors: FieldErrors) -> Result<Response, AppError> {
    render_with(state, ctx, q, errors, None).await
}

async fn render_with(
    state: &AppState,
    ctx: &Ctx,
    q: CatalogueQuery,
    errors: FieldErrors,
    notice: Option<String>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let orgs: Vec<Organisation> = scope::visible_orgs(state, &s.access).await?;
    // Without an organisation, the shipped catalogue alone.
    let org = q.organisation.and_then(|id| orgs.iter().find(|o| o.id == OrgId(id))).or(orgs.first()).cloned();
    let all = state.catalogue(org.as_ref().map(|o| o.id)).await?;
    let terms = search::terms(q.q.as_deref().unwrap_or(""), 5);
    let kind = q.kind.clone().unwrap_or_default();
    let mut rows: Vec<Row> = all
        .iter()
        .filter(|c| kind.is_empty() || c.kind == kind)
        .filter(|c| {
            let hay = search::fold(&format!("{} {} {}", c.name_nb, c.name_nn, c.name_en));
            terms.iter().all(|t| hay.contains(t.as_str()))
        })
        .map(|c| Row {
            name: c.name(ctx.lang).to_string(),
            key: c.key.clone(),
            kind: ctx.t(&format!("kind-{}", c.kind)),
            category: category_name(ctx, &c.category),
            validity: c.validity_months,
            own: c.org.is_some(),
        })
        .collect();
    rows.sort_by_key(|a| a.name.to_lowercase());
    let categories = default_catalogue_ref().categories.iter().map(|c| (c.key.clone(), c.name.get(ctx.lang).to_string())).collect();
    let bad = errors.any();
    let mut r = page(
        ctx,
        &CataloguePage {
            ctx,
            manages: org.as_ref().is_some_and(|o| s.access.manages_org(o.id)),
            total: all.len(),
            shown: rows.len(),
            org,
            orgs,
            rows,
            q: q.q.unwrap_or_default(),
            kind,
            kinds: kinds(ctx),
            categories,
            errors,
            notice,
        },
    )?;
    if bad {
        *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<CatalogueQuery>) -> Result<Response, AppError> {
    render(&state, &ctx, q, FieldErrors::default()).await
}

#[derive(Deserialize)]
pub struct NewForm {
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    name_nb: String,
    #[serde(default)]
    name_nn: String,
    #[serde(default)]
    name_en: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    validity_months: String,
}

/// The form's field ids and the labels its errors carry.
fn field_name(f: &str) -> (String, String) {
    let label = match f {
        "kind" => "col-kind",
        "category" => "col-category",
        "validity_months" => "field-validity",
        f => return FieldErrors::plain_name(f),
    };
    (f.to_string(), label.to_string())
}

pub async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<NewForm>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let org = OrgId(f.organisation.parse().map_err(|_| AppError::Forbidden)?);
    let draft = catalogue::CompetenceDraft {
        name_nb: f.name_nb,
        name_nn: f.name_nn,
        name_en: f.name_en,
        kind: f.kind,
        category: f.category,
        validity_months: input::number(&f.validity_months),
    };
    match catalogue::add(&state, &s.actor(), org, &draft).await {
        Ok(_) => Ok(Redirect::to(&format!("/competences?organisation={org}")).into_response()),
        Err(e @ (saman_app::Error::Invalid(_) | saman_app::Error::Conflict { field: Some(_), .. })) => {
            let errors = FieldErrors::from_error(ctx.lang, e, field_name)?;
            render(&state, &ctx, CatalogueQuery { organisation: Some(org.0), q: None, kind: None }, errors).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The organisation's catalogue (shipped + own) as Moodle competency-framework CSV, for
/// import into KS Læring or another Moodle site.
pub async fn moodle(State(state): State<AppState>, ctx: Ctx, Query(q): Query<CatalogueQuery>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (org, cat) = catalogue::framework(&state, &s.actor(), q.organisation.map(OrgId)).await?;
    let name = org.as_ref().map(|o| o.name.clone()).unwrap_or_else(|| "Saman".into());
    let id = format!("saman-{}", org.as_ref().map(|o| o.id.0).unwrap_or(0));
    let csv = saman_catalogue::moodle::export(&cat, ctx.lang, &id, &ctx.t1("catalogue-framework-name", "org", &name));
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (axum::http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{id}-moodle.csv\"")),
        ],
        csv,
    )
        .into_response())
}

/// Imports a Moodle competency framework into an organisation's catalogue (HR).
pub async fn moodle_import(State(state): State<AppState>, ctx: Ctx, mp: axum::extract::Multipart) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let crate::admin::import::Upload { csrf, org, file, .. } = crate::admin::import::read_upload(mp, "moodle_file").await?;
    let file = file.map(|(_, bytes)| bytes);
    crate::form::check_csrf(&ctx, csrf.as_deref())?;
    let org = org.ok_or(AppError::Forbidden)?;
    // Refused before the file is read; the import checks again.
    catalogue::may_shape(&s.actor(), org)?;
    let q = CatalogueQuery { organisation: Some(org.0), ..CatalogueQuery::default() };
    let mut e = FieldErrors::default();
    let Some(bytes) = file.filter(|b| !b.is_empty()) else {
        e.add(ctx.lang, "moodle_file", "moodle-import-file", "err-required");
        return render(&state, &ctx, q, e).await;
    };
    let imported = match saman_catalogue::moodle::import(&bytes, ctx.lang) {
        Ok(c) => c,
        Err(errs) => {
            for m in errs.iter().take(20) {
                let args = [
                    ("line", saman_i18n::Arg::from(m.line)),
                    ("column", saman_i18n::Arg::from(m.column.clone().unwrap_or_default())),
                    ("value", saman_i18n::Arg::from(m.value.clone().unwrap_or_default())),
                ];
                let at = saman_i18n::t_args(ctx.lang, if m.column.is_some() { "import-at-line-column" } else { "import-at-line" }, &args);
                e.items.push(crate::formerr::FieldError {
                    field: "moodle_file".into(),
                    label: at,
                    message: saman_i18n::t_args(ctx.lang, m.message_key, &args),
                });
            }
            return render(&state, &ctx, q, e).await;
        }
    };
    let added = catalogue::import_moodle(&state, &s.actor(), org, &imported).await?;
    let notice = ctx.t2("moodle-import-done", &added, &(imported.competences.len() - added));
    render_with(&state, &ctx, q, FieldErrors::default(), Some(notice)).await
}
