//! An organisation's set-up checklist: each step marked done from the data, with a link
//! that does it; the catalogue choice and the test message are made here.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::setup::{self, Checklist};
use saman_domain::OrgId;
use saman_domain::setup::Step;
use serde::Deserialize;

/// One step as a person reads it.
pub struct StepRow {
    pub code: &'static str,
    pub title: String,
    pub hint: String,
    pub done: bool,
    /// Where the step is done, when the reader may go there.
    pub href: Option<String>,
}

/// A checklist as the home page and the set-up page show it.
pub struct ChecklistView {
    pub org_id: OrgId,
    pub org_name: String,
    pub done: usize,
    pub total: usize,
    pub steps: Vec<StepRow>,
}

impl ChecklistView {
    /// The first step not yet done.
    pub fn next(&self) -> Option<&StepRow> {
        self.steps.iter().find(|s| !s.done)
    }
}

pub async fn view(state: &AppState, ctx: &Ctx, c: Checklist) -> Result<ChecklistView, AppError> {
    let s = ctx.require_user()?;
    let id = c.org.id;
    let view = state.view(id).await?;
    let first_unit = view.tree.roots().first().copied();
    let steps = c
        .steps
        .iter()
        .map(|(step, done)| {
            let href = match step {
                Step::Organisation => Some(format!("/organisations/{id}")),
                Step::Import => Some(format!("/import?organisation={id}")),
                Step::Catalogue => Some(format!("/organisations/{id}/setup#catalogue")),
                Step::Requirements => Some(first_unit.map_or(format!("/organisations/{id}"), |u| format!("/units/{u}/gaps"))),
                Step::Roles => s.access.is_admin().then(|| "/admin/users".to_string()),
                Step::Mail => Some(format!("/organisations/{id}/setup#mail")),
                Step::IdentityProvider => None,
            };
            let code = step.code();
            let key = code.replace('_', "-");
            StepRow { code, title: ctx.t(&format!("setup-step-{key}")), hint: ctx.t(&format!("setup-step-{key}-hint")), done: *done, href }
        })
        .collect::<Vec<_>>();
    Ok(ChecklistView { org_id: id, org_name: c.org.name.clone(), done: c.done(), total: steps.len(), steps })
}

#[derive(Template)]
#[template(path = "checklist.html")]
struct ChecklistPage<'a> {
    ctx: &'a Ctx,
    c: ChecklistView,
    mail: Option<(String, String, Option<String>)>,
    email: String,
    errors: FieldErrors,
}

async fn render(state: &AppState, ctx: &Ctx, org: OrgId, email: String, errors: FieldErrors) -> Result<Response, AppError> {
    let actor = ctx.require_user()?.actor();
    let c = view(state, ctx, setup::checklist(state, &actor, org).await?).await?;
    let mail = setup::test_mail_status(state, &actor, org).await?;
    let bad = errors.any();
    let mut r = page(ctx, &ChecklistPage { ctx, c, mail, email, errors })?;
    if bad {
        *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    render(&state, &ctx, OrgId(id), String::new(), FieldErrors::default()).await
}

pub async fn choose_catalogue(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    setup::choose_catalogue(&state, &ctx.require_user()?.actor(), OrgId(id)).await?;
    Ok(Redirect::to(&format!("/organisations/{id}/setup#catalogue")).into_response())
}

#[derive(Deserialize)]
pub struct MailForm {
    #[serde(default)]
    email: String,
}

pub async fn test_mail(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<MailForm>,
) -> Result<Response, AppError> {
    match setup::send_test_mail(&state, &ctx.require_user()?.actor(), OrgId(id), &f.email, ctx.lang).await {
        Ok(()) => Ok(Redirect::to(&format!("/organisations/{id}/setup#mail")).into_response()),
        Err(e) => {
            let errors = FieldErrors::from_error(ctx.lang, e, FieldErrors::plain_name)?;
            render(&state, &ctx, OrgId(id), f.email, errors).await
        }
    }
}
