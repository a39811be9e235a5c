//! The mapping step of an organisation import: each column of the uploaded file beside a
//! choice of Saman's fields, with the file's first rows, required fields marked; the choice can
//! be kept under a name for the next file with the same columns.

use super::import::{form_page, lines};
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::CsrfForm;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::imports::mapping::{self, DraftColumns, FileColumn};
use saman_domain::Lang;
use saman_i18n::{Arg, t, t_args};
use saman_import::{Column, Mapping, columns::COLUMNS};
use serde::Deserialize;
use std::collections::HashMap;

/// A field of Saman as the select offers it.
pub struct Field {
    pub code: &'static str,
    pub label: String,
    pub required: bool,
}

/// A required field and whether a column holds it.
pub struct Required {
    pub label: String,
    pub chosen: bool,
}

#[derive(Template)]
#[template(path = "import_columns.html")]
struct ColumnsPage<'a> {
    ctx: &'a Ctx,
    cols: DraftColumns,
    fields: Vec<Field>,
    required: Vec<Required>,
    errors: Vec<String>,
    name: String,
    intro: String,
}

impl ColumnsPage<'_> {
    fn chosen(&self, c: &FileColumn, code: &str) -> bool {
        c.column.is_some_and(|x| x.code() == code)
    }
}

fn label(lang: Lang, c: Column) -> String {
    t(lang, &format!("import-field-{}", c.code()))
}

fn render(ctx: &Ctx, cols: DraftColumns, errors: Vec<String>, name: String) -> Result<Response, AppError> {
    let fields = COLUMNS.iter().map(|d| Field { code: d.column.code(), label: label(ctx.lang, d.column), required: d.required }).collect();
    let required = COLUMNS
        .iter()
        .filter(|d| d.required)
        .map(|d| Required { label: label(ctx.lang, d.column), chosen: cols.columns.iter().any(|c| c.column == Some(d.column)) })
        .collect();
    let intro = t_args(ctx.lang, "import-mapping-intro", &[("file", Arg::from(cols.filename.clone()))]);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let mut r = page(ctx, &ColumnsPage { ctx, cols, fields, required, errors, name, intro })?;
    *r.status_mut() = status;
    Ok(r)
}

#[derive(Deserialize)]
pub struct StartQuery {
    start: Option<i64>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(draft): Path<i64>,
    Query(q): Query<StartQuery>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let cols = mapping::draft_columns(&state, &s.actor(), draft, q.start).await?;
    let name = q.start.and_then(|id| cols.profiles.iter().find(|p| p.id == id)).map(|p| p.name.clone()).unwrap_or_default();
    render(&ctx, cols, vec![], name)
}

/// The choices sent: `col-0`, `col-1`, … hold a field's code (empty: not imported), `name`
/// the name to keep the mapping under.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(draft): Path<i64>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let mut cols = mapping::draft_columns(&state, &s.actor(), draft, None).await?;
    for (i, c) in cols.columns.iter_mut().enumerate() {
        c.column = form.get(&format!("col-{i}")).and_then(|code| Column::from_code(code));
    }
    let chosen = Mapping::new(cols.columns.iter().map(|c| (c.header.as_str(), c.column)));
    let name = form.get("name").cloned().unwrap_or_default();
    match mapping::map_draft(&state, &s.actor(), draft, &chosen, Some(&name)).await {
        Ok(Ok(())) => Ok(Redirect::to(&format!("/import/{draft}")).into_response()),
        Ok(Err(errs)) => render(&ctx, cols, lines(ctx.lang, &errs), name),
        Err(saman_app::Error::Invalid(p)) => {
            let errors = p.iter().map(|p| t(ctx.lang, p.key)).collect();
            render(&ctx, cols, errors, name)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct DeleteForm {
    organisation: i64,
}

/// Removes a saved mapping of an organisation the user runs HR work for.
pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<DeleteForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let org = saman_domain::OrgId(f.organisation);
    let gone = mapping::list(&state, &s.actor(), org).await?.into_iter().find(|p| p.id == id).ok_or(AppError::NotFound)?;
    mapping::delete(&state, &s.actor(), org, id).await?;
    let notice = t_args(ctx.lang, "import-mapping-deleted", &[("name", Arg::from(gone.name))]);
    form_page(&state, &ctx, Some(org), vec![], Some(notice)).await
}
