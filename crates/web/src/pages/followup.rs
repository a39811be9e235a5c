//! Transfer follow-up: the goal agreed before an activity, the answers after it, and what the
//! answers add up to per activity.

use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::form::CsrfForm;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::learning;
use saman_app::records::DueFollowUp;
use saman_domain::OrgId;
use saman_domain::learning::{Respondent, Used};
use serde::Deserialize;

/// A follow-up as the list shows it.
pub struct DueView {
    pub enrolment: i64,
    pub activity: i64,
    pub title: String,
    pub person_name: String,
    pub goal: Option<String>,
}

impl From<DueFollowUp> for DueView {
    fn from(d: DueFollowUp) -> DueView {
        DueView { enrolment: d.enrolment, activity: d.activity, title: d.title, person_name: d.person_name, goal: d.goal }
    }
}

/// Follow-ups waiting for the user: their own, and as a leader those of their people.
pub async fn due_for(state: &AppState, s: &SignedIn, org: OrgId) -> Result<(Vec<DueView>, Vec<DueView>), AppError> {
    let (mine, theirs) = learning::due_for(state, &s.actor(), org).await?;
    Ok((mine.into_iter().map(Into::into).collect(), theirs.into_iter().map(Into::into).collect()))
}

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
            crate::pages::activity::render(&state, &ctx, s, e.seen.activity.id, None, errors, Some(c)).await
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
            return crate::pages::learning::follow_up_refused(&state, &ctx, id, p[0].key).await;
        }
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to("/learning#follow-ups").into_response())
}

/// One row of the results chart: a respondent's answers as shares of a 300-pixel bar.
pub struct ResultRow {
    pub who: String,
    pub yes: i64,
    pub partly: i64,
    pub no: i64,
    pub w_yes: i64,
    pub w_partly: i64,
    pub w_no: i64,
}

pub fn result_rows(ctx: &Ctx, r: &saman_app::records::FollowUpResults) -> Vec<ResultRow> {
    [Respondent::Participant, Respondent::Leader]
        .into_iter()
        .filter_map(|who| {
            let n = |u: Used| r.counts.iter().filter(|(w, x, _)| *w == who && *x == u).map(|(_, _, c)| *c).sum::<i64>();
            let (yes, partly, no) = (n(Used::Yes), n(Used::Partly), n(Used::No));
            let total = yes + partly + no;
            (total > 0).then(|| ResultRow {
                who: ctx.t(&format!("respondent-{}", who.code())),
                yes,
                partly,
                no,
                w_yes: yes * 300 / total,
                w_partly: partly * 300 / total,
                w_no: 300 - yes * 300 / total - partly * 300 / total,
            })
        })
        .collect()
}
