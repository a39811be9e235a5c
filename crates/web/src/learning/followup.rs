//! Transfer follow-up: the goal agreed before an activity, the answers after it, and what the
//! answers add up to per activity.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::CsrfForm;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::learning;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct GoalForm {
    #[serde(default)]
    transfer_goal: String,
}

/// The participant (or their leader) writes what should change in practice.
pub async fn goal(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<GoalForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    match learning::set_goal(&state, &s.actor(), id, &f.transfer_goal).await {
        Ok(e) => Ok(Redirect::to(&format!("/learning/{}#cohort-{}", e.seen.activity.id, e.seen.cohort.id)).into_response()),
        Err(saman_app::Error::Invalid(p)) => {
            let e = learning::enrolment(&state, &s.actor(), id).await?;
            let c = e.seen.cohort.id;
            let errors =
                crate::formerr::FieldErrors::from_problems_named(ctx.lang, &p, |_| (format!("goal-{c}"), "field-transfer-goal".into()));
            crate::learning::activity::render(&state, &ctx, s, e.seen.activity.id, None, errors, Some(c)).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    used: String,
    #[serde(default)]
    hinders: String,
}

/// Answers a follow-up: as the participant, or as the participant's leader.
pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<AnswerForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    match learning::answer(&state, &s.actor(), id, &f.used, &f.hinders).await {
        Ok(_) => {}
        Err(saman_app::Error::Invalid(p)) if p.first().is_some_and(|p| p.field == "used") => {
            return crate::learning::list::follow_up_refused(&state, &ctx, id, p[0].key).await;
        }
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to("/learning#follow-ups").into_response())
}
