//! Learning activities: the list of an organisation's activities with their progress,
//! one's own enrolments and check-in, and HR's form for a new activity (with the twelve
//! handles as ready-made learning-in-practice measures).

use crate::competence::options;
use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::learning::views::kind_label;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::input;
use saman_app::learning::{self, ActivityDraft};
use saman_app::records::{ActivitySummary, Organisation};
use saman_domain::OrgId;
use saman_domain::learning::{ActivityKind, CompletionRule, HANDLES, Progress};
use serde::Deserialize;

/// An activity as the list shows it.
pub struct ActivityLine {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub next: Option<String>,
    pub progress: Progress,
    pub waiting: i64,
}

/// One of the user's enrolments.
pub struct MyEnrolment {
    pub activity: i64,
    pub title: String,
    pub cohort: String,
    pub status_label: String,
}

pub struct OrgActivities {
    pub org: Organisation,
    pub manage: bool,
    pub lines: Vec<ActivityLine>,
}

#[derive(Template)]
#[template(path = "learning.html")]
struct LearningPage<'a> {
    ctx: &'a Ctx,
    orgs: Vec<OrgActivities>,
    mine: Vec<MyEnrolment>,
    checked_in: Option<String>,
    checkin_error: Option<String>,
    checkin_code: String,
    is_person: bool,
    /// The address of the user's calendar feed, shown once when made.
    calendar_url: Option<String>,
    has_feed: bool,
    /// Follow-ups waiting for the user's own answer, and (as a leader) for theirs about their people.
    due_mine: Vec<crate::learning::views::DueView>,
    due_people: Vec<crate::learning::views::DueView>,
    /// A follow-up answer sent without a choice: its enrolment and the message.
    follow_up_error: Option<(i64, String)>,
}

pub fn line(ctx: &Ctx, a: ActivitySummary) -> ActivityLine {
    let progress = Progress {
        targeted: a.activity.target.and_then(|t| u32::try_from(t).ok()).unwrap_or(0),
        enrolled: u32::try_from(a.enrolled).unwrap_or(0),
        completed: u32::try_from(a.completed).unwrap_or(0),
    };
    ActivityLine {
        id: a.activity.id,
        kind: kind_label(ctx, a.activity.kind),
        title: a.activity.title,
        next: a.next_session.map(|t| t.format("%d.%m.%Y %H:%M").to_string()),
        progress,
        waiting: a.waiting,
    }
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    render_list(&state, &ctx, None, None, String::new()).await
}

/// Makes (or replaces) the user's secret calendar address and shows it once.
pub async fn calendar(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let token = crate::auth::random_token();
    saman_app::account::renew_calendar(&state, &s.actor(), &crate::auth::token_hash(&token)).await?;
    let host = headers.get(axum::http::header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
    let scheme = if state.cfg.secure_cookies { "https" } else { "http" };
    let url = format!("{scheme}://{host}/calendar/{token}/saman.ics");
    render_page(&state, &ctx, None, None, String::new(), Some(url), None).await
}

/// The learning page again, with a message next to the follow-up that was sent incomplete.
pub async fn follow_up_refused(state: &AppState, ctx: &Ctx, enrolment: i64, key: &'static str) -> Result<Response, AppError> {
    render_page(state, ctx, None, None, String::new(), None, Some((enrolment, ctx.t(key)))).await
}

async fn render_list(
    state: &AppState,
    ctx: &Ctx,
    checked_in: Option<String>,
    checkin_error: Option<String>,
    checkin_code: String,
) -> Result<Response, AppError> {
    render_page(state, ctx, checked_in, checkin_error, checkin_code, None, None).await
}

async fn render_page(
    state: &AppState,
    ctx: &Ctx,
    checked_in: Option<String>,
    checkin_error: Option<String>,
    checkin_code: String,
    calendar_url: Option<String>,
    follow_up_error: Option<(i64, String)>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let listing = learning::listing(state, &s.actor()).await?;
    let orgs = listing
        .orgs
        .into_iter()
        .map(|o| OrgActivities { manage: o.manage, org: o.org, lines: o.activities.into_iter().map(|a| line(ctx, a)).collect() })
        .collect();
    let mine = listing
        .mine
        .into_iter()
        .map(|e| MyEnrolment {
            activity: e.activity,
            title: e.activity_title,
            cohort: e.cohort_name,
            status_label: ctx.t(&format!("status-{}", e.enrolment.status.code())),
        })
        .collect();
    let (mut due_mine, mut due_people) = (vec![], vec![]);
    for org in s.access.member_orgs() {
        let (m, p) = crate::learning::views::due_for(state, s, org).await?;
        due_mine.extend(m);
        due_people.extend(p);
    }
    let has_errors = checkin_error.is_some() || follow_up_error.is_some();
    let mut r = page(
        ctx,
        &LearningPage {
            ctx,
            orgs,
            mine,
            checked_in,
            checkin_error,
            checkin_code,
            is_person: s.access.person.is_some(),
            calendar_url,
            has_feed: listing.has_feed,
            due_mine,
            due_people,
            follow_up_error,
        },
    )?;
    if has_errors {
        *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

#[derive(Deserialize)]
pub struct CheckinForm {
    #[serde(default)]
    code: String,
}

/// Self check-in with the code shown in the room.
pub async fn checkin(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<CheckinForm>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    match learning::check_in(&state, &s.actor(), &f.code).await {
        Ok(a) => render_list(&state, &ctx, Some(a.title), None, String::new()).await,
        Err(saman_app::Error::Invalid(p)) => render_list(&state, &ctx, None, Some(ctx.t(p[0].key)), f.code).await,
        Err(saman_app::Error::Conflict { key, .. }) => render_list(&state, &ctx, None, Some(ctx.t(key)), f.code).await,
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "activity_new.html")]
struct NewActivityPage<'a> {
    ctx: &'a Ctx,
    /// `None` for a new activity; the activity's id when editing.
    editing: Option<i64>,
    orgs: Vec<Organisation>,
    f: ActivityForm,
    kinds: Vec<(&'static str, String)>,
    handles: Vec<(&'static str, String)>,
    competences: Vec<(i64, String)>,
    errors: FieldErrors,
}

#[derive(Deserialize, Default, Clone)]
pub struct ActivityForm {
    #[serde(default)]
    pub org: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub handle: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub competence: String,
    #[serde(default)]
    pub level: String,
    #[serde(default)]
    pub rule: String,
    #[serde(default)]
    pub min_sessions: String,
    #[serde(default)]
    pub needs_approval: Option<String>,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub credits: String,
    #[serde(default)]
    pub follow_up_days: String,
}

#[derive(Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    handle: String,
    #[serde(default)]
    org: String,
}

async fn managed(state: &AppState, s: &SignedIn) -> Result<Vec<Organisation>, AppError> {
    let orgs: Vec<Organisation> =
        learning::learning_orgs(state, &s.actor()).await?.into_iter().filter(|o| s.access.manages_org(o.id)).collect();
    if orgs.is_empty() { Err(AppError::Forbidden) } else { Ok(orgs) }
}

async fn new_page(state: &AppState, ctx: &Ctx, s: &SignedIn, f: ActivityForm, errors: FieldErrors) -> Result<Response, AppError> {
    form_page(state, ctx, s, f, errors, None).await
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    s: &SignedIn,
    f: ActivityForm,
    errors: FieldErrors,
    editing: Option<i64>,
) -> Result<Response, AppError> {
    let orgs = managed(state, s).await?;
    let org = f.org.parse::<i64>().ok().map(OrgId).filter(|o| orgs.iter().any(|x| x.id == *o)).unwrap_or(orgs[0].id);
    let f = ActivityForm { org: org.0.to_string(), ..f };
    let cat = state.catalogue(Some(org)).await?;
    let kinds = ActivityKind::ALL.iter().map(|k| (k.code(), kind_label(ctx, *k))).collect();
    let handles = HANDLES.iter().enumerate().map(|(i, h)| (*h, format!("{}. {}", i + 1, ctx.t(&format!("handle-{h}"))))).collect();
    let has_errors = errors.any();
    let mut r = page(ctx, &NewActivityPage { ctx, editing, orgs, f, kinds, handles, competences: options(ctx.lang, &cat), errors })?;
    if has_errors {
        *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

/// The form for a new activity; `?handle=` starts from one of the twelve handles.
pub async fn new(State(state): State<AppState>, ctx: Ctx, Query(q): Query<NewQuery>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let mut f = ActivityForm {
        kind: "course".into(),
        rule: "all".into(),
        level: "1".into(),
        org: q.org,
        follow_up_days: "90".into(),
        ..ActivityForm::default()
    };
    if HANDLES.contains(&q.handle.as_str()) {
        f.kind = "practice".into();
        f.title = ctx.t(&format!("handle-{}", q.handle));
        f.description = ctx.t(&format!("handle-{}-text", q.handle));
        f.handle = q.handle;
    }
    new_page(&state, &ctx, s, f, FieldErrors::default()).await
}

/// The form as the use case reads it.
fn draft(f: &ActivityForm) -> ActivityDraft {
    ActivityDraft {
        kind: f.kind.clone(),
        handle: f.handle.clone(),
        title: f.title.clone(),
        description: f.description.clone(),
        link: f.link.clone(),
        competence: input::number(&f.competence),
        level: input::number(&f.level),
        rule: f.rule.clone(),
        min_sessions: input::number(&f.min_sessions),
        needs_approval: f.needs_approval.is_some(),
        target: input::number(&f.target),
        credits: input::number(&f.credits),
        follow_up_days: input::number(&f.follow_up_days),
    }
}

pub async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<ActivityForm>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let orgs = managed(&state, s).await?;
    let Some(org) = f.org.parse::<i64>().ok().map(OrgId).filter(|o| orgs.iter().any(|x| x.id == *o)) else {
        return Err(AppError::Forbidden);
    };
    match learning::create_activity(&state, &s.actor(), org, &draft(&f)).await {
        Ok(a) => Ok(Redirect::to(&format!("/learning/{}", a.id)).into_response()),
        Err(e) => new_page(&state, &ctx, s, f, FieldErrors::from_error(ctx.lang, e, FieldErrors::plain_name)?).await,
    }
}

/// The activity's values as the form shows them.
fn form_of(a: &saman_app::records::Activity) -> ActivityForm {
    let (rule, min) = match a.rule {
        CompletionRule::AllSessions => ("all".to_string(), String::new()),
        CompletionRule::AtLeast(n) => ("min".to_string(), n.to_string()),
        CompletionRule::Passed => ("passed".to_string(), String::new()),
    };
    ActivityForm {
        org: a.org.0.to_string(),
        kind: a.kind.code().to_string(),
        handle: a.handle.clone().unwrap_or_default(),
        title: a.title.clone(),
        description: a.description.clone(),
        link: a.link.clone().unwrap_or_default(),
        competence: a.competence.map(|c| c.0.to_string()).unwrap_or_default(),
        level: a.level.map(|l| l.to_string()).unwrap_or_default(),
        rule,
        min_sessions: min,
        needs_approval: a.needs_approval.then(|| "1".to_string()),
        target: a.target.map(|t| t.to_string()).unwrap_or_default(),
        credits: a.credits.map(|t| t.to_string()).unwrap_or_default(),
        follow_up_days: a.follow_up_days.to_string(),
    }
}

/// HR changes an activity.
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let a = learning::editable(&state, &s.actor(), id).await?;
    form_page(&state, &ctx, s, form_of(&a), FieldErrors::default(), Some(id)).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    axum::extract::Path(id): axum::extract::Path<i64>,
    CsrfForm(f): CsrfForm<ActivityForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let a = learning::editable(&state, &s.actor(), id).await?;
    let f = ActivityForm { org: a.org.0.to_string(), ..f };
    match learning::update_activity(&state, &s.actor(), id, &draft(&f)).await {
        Ok(_) => Ok(Redirect::to(&format!("/learning/{id}")).into_response()),
        Err(e) => form_page(&state, &ctx, s, f, FieldErrors::from_error(ctx.lang, e, FieldErrors::plain_name)?, Some(id)).await,
    }
}
