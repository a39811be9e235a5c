//! Transfer follow-up: the goal agreed before an activity, the answers after it, and what the
//! answers add up to per activity.

use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::form::CsrfForm;
use crate::pages::activity::{Positions, Who, cohort_of};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use saman_domain::learning::{Respondent, Used};
use saman_domain::{OrgId, parse};
use saman_store::DueFollowUp;
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
    let now = saman_store::now_unix();
    let mine = match s.access.person {
        Some((o, p)) if o == org => {
            state.db.learning().due_follow_ups(org, Respondent::Participant, Some(&[p]), now).await?.into_iter().map(Into::into).collect()
        }
        _ => vec![],
    };
    let who = Who::of(s, org);
    let mut theirs = vec![];
    if !who.led.is_empty() {
        let place = Positions::load(state, org).await?;
        for d in state.db.learning().due_follow_ups(org, Respondent::Leader, None, now).await? {
            if who.me != Some(d.person) && who.leads(&place.ancestries(d.person)) {
                theirs.push(d.into());
            }
        }
    }
    Ok((mine, theirs))
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
    let e = state.db.learning().enrolment(id).await?;
    let (c, a, who) = cohort_of(&state, s, e.cohort).await?;
    let place = Positions::load(&state, a.org).await?;
    if !(who.me == Some(e.person) || who.leads(&place.ancestries(e.person))) {
        return Err(if who.sees(&c, e.person, &place.ancestries(e.person)) { AppError::Forbidden } else { AppError::NotFound });
    }
    let goal = match parse::text(&f.transfer_goal, 1000) {
        Ok(g) => g,
        Err(err) => {
            let mut errors = crate::formerr::FieldErrors::default();
            errors.add(ctx.lang, &format!("goal-{}", c.id), "field-transfer-goal", err.key());
            return crate::pages::activity::render(&state, &ctx, s, a.id, None, errors, Some(c.id)).await;
        }
    };
    state.db.learning().set_goal(&ctx.actor(), e.id, Some(&goal)).await?;
    Ok(Redirect::to(&format!("/learning/{}#cohort-{}", a.id, c.id)).into_response())
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
    let e = state.db.learning().enrolment(id).await?;
    let (c, a, who) = cohort_of(&state, s, e.cohort).await?;
    let place = Positions::load(&state, a.org).await?;
    let respondent = if who.me == Some(e.person) {
        Respondent::Participant
    } else if who.leads(&place.ancestries(e.person)) {
        Respondent::Leader
    } else {
        return Err(if who.sees(&c, e.person, &place.ancestries(e.person)) { AppError::Forbidden } else { AppError::NotFound });
    };
    let Some(me) = who.me else { return Err(AppError::Forbidden) };
    let Some(used) = Used::parse(&f.used) else {
        return crate::pages::learning::follow_up_refused(
            &state,
            &ctx,
            e.id,
            if f.used.is_empty() { "err-required" } else { "err-bad-choice" },
        )
        .await;
    };
    let hinders = parse::optional_text(&f.hinders, 1000).map_err(|err| AppError::bad(err.key(), "hinders"))?;
    state.db.learning().answer_follow_up(&ctx.actor(), e.id, respondent, me, used, hinders.as_deref(), saman_store::now_unix()).await?;
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

pub fn result_rows(ctx: &Ctx, r: &saman_store::FollowUpResults) -> Vec<ResultRow> {
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
