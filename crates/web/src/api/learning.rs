//! API: learning activities, their cohorts and sessions, enrolments, attendance and
//! completions — with the same rules and messages as the pages.

use super::extract::{ApiJson, ApiUser, Id};
use crate::error::{ApiErrorBody, AppError};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use saman_app::input;
use saman_app::learning::{self, ActivityDraft, Target};
use saman_app::records::Activity;
use saman_domain::learning::{EnrolStatus, Unmet};
use saman_domain::{OrgId, PersonId, parse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The API's name for a field a use case names.
fn api_field(f: &'static str) -> &'static str {
    match f {
        "competence" => "competence_id",
        "rule" | "min_sessions" => "completion_rule",
        "facilitator" => "facilitator_person_ids",
        "starts" => "starts_at",
        "ends" => "ends_at",
        "unit" => "unit_id",
        "people" => "person_ids",
        f => f,
    }
}

fn err(e: saman_app::Error) -> AppError {
    AppError::renamed(e, api_field)
}

#[derive(Serialize, ToSchema)]
pub struct ActivityOut {
    pub id: i64,
    pub organisation_id: i64,
    /// course, elearning, further_education, in_house, joint_training, network_gathering or practice.
    pub kind: String,
    /// One of the twelve handles for a learning-in-practice measure (e.g. `colleague`, `transfer`).
    pub handle: Option<String>,
    pub title: String,
    pub description: String,
    pub link: Option<String>,
    /// The competence completion grants, at `level`.
    pub competence_id: Option<i64>,
    pub level: Option<i64>,
    /// `all`, `min:N` or `passed`.
    pub completion_rule: String,
    pub needs_approval: bool,
    pub target: Option<i64>,
    pub credits: Option<i64>,
    pub follow_up_days: i64,
}

impl From<&Activity> for ActivityOut {
    fn from(a: &Activity) -> ActivityOut {
        ActivityOut {
            id: a.id,
            organisation_id: a.org.0,
            kind: a.kind.code().to_string(),
            handle: a.handle.clone(),
            title: a.title.clone(),
            description: a.description.clone(),
            link: a.link.clone(),
            competence_id: a.competence.map(|c| c.0),
            level: a.level,
            completion_rule: a.rule.code(),
            needs_approval: a.needs_approval,
            target: a.target,
            credits: a.credits,
            follow_up_days: a.follow_up_days,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ActivitySummaryOut {
    #[serde(flatten)]
    pub activity: ActivityOut,
    /// Holding a place (enrolled or completed).
    pub enrolled: i64,
    pub completed: i64,
    pub waiting: i64,
}

#[derive(Deserialize, ToSchema)]
pub struct ActivityIn {
    pub kind: String,
    pub handle: Option<String>,
    pub title: String,
    pub description: Option<String>,
    pub link: Option<String>,
    pub competence_id: Option<i64>,
    pub level: Option<i64>,
    /// `all` (default), `min:N` or `passed`.
    pub completion_rule: Option<String>,
    #[serde(default)]
    pub needs_approval: bool,
    pub target: Option<i64>,
    pub credits: Option<i64>,
    /// Days after completion when participant and leader are asked whether it is used (default 90).
    pub follow_up_days: Option<i64>,
}

/// The organisation's learning activities with their numbers, newest first.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/activities", tag = "learning",
    params(("id" = i64, Path, description = "Organisation id")),
    responses((status = 200, body = Vec<ActivitySummaryOut>), (status = 404, body = ApiErrorBody)))]
pub async fn list(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<Vec<ActivitySummaryOut>>, AppError> {
    let out = learning::activities(&state, &s.actor(), OrgId(id))
        .await?
        .iter()
        .map(|a| ActivitySummaryOut { activity: (&a.activity).into(), enrolled: a.enrolled, completed: a.completed, waiting: a.waiting })
        .collect();
    Ok(Json(out))
}

/// Creates an activity (HR).
#[utoipa::path(post, path = "/api/v1/organisations/{id}/activities", tag = "learning",
    params(("id" = i64, Path, description = "Organisation id")), request_body = ActivityIn,
    responses((status = 201, body = ActivityOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<ActivityIn>,
) -> Result<(StatusCode, Json<ActivityOut>), AppError> {
    let rule = b.completion_rule.clone().unwrap_or_else(|| "all".into());
    let (rule, min) = match rule.strip_prefix("min:") {
        Some(n) => ("min".to_string(), input::number(n).or(Err(parse::ParseError::BadNumber))),
        None => (rule, Ok(None)),
    };
    let d = ActivityDraft {
        kind: b.kind,
        handle: b.handle.unwrap_or_default(),
        title: b.title,
        description: b.description.unwrap_or_default(),
        link: b.link.unwrap_or_default(),
        competence: Ok(b.competence_id),
        level: Ok(b.level),
        rule,
        min_sessions: min,
        needs_approval: b.needs_approval,
        target: Ok(b.target),
        credits: Ok(b.credits),
        follow_up_days: Ok(b.follow_up_days),
    };
    let a = learning::create_activity(&state, &s.actor(), OrgId(id), &d).await.map_err(err)?;
    Ok((StatusCode::CREATED, Json((&a).into())))
}

#[derive(Serialize, ToSchema)]
pub struct SessionOut {
    pub id: i64,
    /// Europe/Oslo wall-clock time, `YYYY-MM-DDTHH:MM`.
    pub starts_at: String,
    pub ends_at: String,
    pub place: String,
}

#[derive(Serialize, ToSchema)]
pub struct CohortOut {
    pub id: i64,
    pub name: String,
    pub capacity: i64,
    pub taken: usize,
    pub waiting: usize,
    pub facilitator_person_ids: Vec<i64>,
    pub sessions: Vec<SessionOut>,
}

#[derive(Serialize, ToSchema)]
pub struct ActivityDetailOut {
    #[serde(flatten)]
    pub activity: ActivityOut,
    pub cohorts: Vec<CohortOut>,
}

/// One activity with its cohorts and sessions.
#[utoipa::path(get, path = "/api/v1/activities/{id}", tag = "learning",
    params(("id" = i64, Path, description = "Activity id")),
    responses((status = 200, body = ActivityDetailOut), (status = 404, body = ApiErrorBody)))]
pub async fn get(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<ActivityDetailOut>, AppError> {
    let o = learning::overview(&state, &s.actor(), id).await?;
    let fmt = |t: chrono::NaiveDateTime| t.format(saman_domain::learning::TIME_FORMAT).to_string();
    let cohorts = o
        .cohorts
        .iter()
        .map(|c| CohortOut {
            id: c.id,
            name: c.name.clone(),
            capacity: c.capacity,
            taken: o.enrolments_of(c.id).filter(|e| e.status.takes_place()).count(),
            waiting: o.enrolments_of(c.id).filter(|e| e.status == EnrolStatus::Waiting).count(),
            facilitator_person_ids: c.facilitators.iter().map(|p| p.0).collect(),
            sessions: o
                .sessions_of(c.id)
                .map(|x| SessionOut { id: x.id, starts_at: fmt(x.starts_at), ends_at: fmt(x.ends_at), place: x.place.clone() })
                .collect(),
        })
        .collect();
    Ok(Json(ActivityDetailOut { activity: (&o.activity).into(), cohorts }))
}

#[derive(Deserialize, ToSchema)]
pub struct CohortIn {
    pub name: String,
    pub capacity: i64,
    /// People of the organisation who run the cohort.
    #[serde(default)]
    pub facilitator_person_ids: Vec<i64>,
}

/// Adds a cohort (HR).
#[utoipa::path(post, path = "/api/v1/activities/{id}/cohorts", tag = "learning",
    params(("id" = i64, Path, description = "Activity id")), request_body = CohortIn,
    responses((status = 201, body = ActivityDetailOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_cohort(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<CohortIn>,
) -> Result<(StatusCode, Json<ActivityDetailOut>), AppError> {
    let d = learning::CohortDraft {
        name: b.name,
        capacity: Ok(Some(b.capacity)),
        facilitators: b.facilitator_person_ids.iter().copied().map(PersonId).collect(),
    };
    learning::add_cohort(&state, &s.actor(), id, &d).await.map_err(err)?;
    let Json(out) = get(State(state), ApiUser(s), Id(id)).await?;
    Ok((StatusCode::CREATED, Json(out)))
}

#[derive(Deserialize, ToSchema)]
pub struct SessionIn {
    /// Europe/Oslo wall-clock time, `YYYY-MM-DDTHH:MM`.
    pub starts_at: String,
    pub ends_at: String,
    pub place: String,
}

/// Adds a session to a cohort (HR or the cohort's facilitator).
#[utoipa::path(post, path = "/api/v1/cohorts/{id}/sessions", tag = "learning",
    params(("id" = i64, Path, description = "Cohort id")), request_body = SessionIn,
    responses((status = 201, body = SessionOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_session(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<SessionIn>,
) -> Result<(StatusCode, Json<SessionOut>), AppError> {
    let (starts, ends) = (input::typed(&b.starts_at, parse::datetime), input::typed(&b.ends_at, parse::datetime));
    let (_, x) = learning::add_session(&state, &s.actor(), id, starts, ends, &b.place).await.map_err(err)?;
    let fmt = |t: chrono::NaiveDateTime| t.format(saman_domain::learning::TIME_FORMAT).to_string();
    Ok((StatusCode::CREATED, Json(SessionOut { id: x.id, starts_at: fmt(x.starts_at), ends_at: fmt(x.ends_at), place: x.place })))
}

#[derive(Serialize, ToSchema)]
pub struct EnrolmentOut {
    pub id: i64,
    pub person_id: i64,
    pub name: String,
    /// pending, enrolled, waiting, cancelled or completed.
    pub status: String,
    pub passed: bool,
    /// Sessions attended.
    pub attended: usize,
}

/// The cohort's participants the caller may see: all for HR and the facilitator, their own
/// people for a leader, oneself for anyone else.
#[utoipa::path(get, path = "/api/v1/cohorts/{id}/enrolments", tag = "learning",
    params(("id" = i64, Path, description = "Cohort id")),
    responses((status = 200, body = Vec<EnrolmentOut>), (status = 404, body = ApiErrorBody)))]
pub async fn enrolments(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<Vec<EnrolmentOut>>, AppError> {
    let (_, shown) = learning::enrolments(&state, &s.actor(), id).await?;
    let out = shown
        .into_iter()
        .map(|(e, attended)| EnrolmentOut {
            id: e.id,
            person_id: e.person.0,
            attended,
            name: e.person_name,
            status: e.status.code().to_string(),
            passed: e.passed,
        })
        .collect();
    Ok(Json(out))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct EnrolIn {
    /// Named people (HR: anyone in the organisation; a leader: people in the units they lead).
    #[serde(default)]
    pub person_ids: Vec<i64>,
    /// Everyone with a current position in this unit or below it.
    pub unit_id: Option<i64>,
    /// Only (or, without a unit, everyone in the organisation) with this position code.
    pub position_code: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct EnrolOutcomeOut {
    pub enrolled: Vec<i64>,
    pub waiting: Vec<i64>,
    /// Awaiting the leader's approval.
    pub pending: Vec<i64>,
    /// Already in the cohort; left as they were.
    pub already: Vec<i64>,
}

/// Enrols in a cohort: free places first, then the waiting list, never over capacity. With an
/// empty body the caller enrols themself (awaiting their leader where the activity asks for it).
#[utoipa::path(post, path = "/api/v1/cohorts/{id}/enrolments", tag = "learning",
    params(("id" = i64, Path, description = "Cohort id")), request_body = EnrolIn,
    responses((status = 201, body = EnrolOutcomeOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn enrol(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<EnrolIn>,
) -> Result<(StatusCode, Json<EnrolOutcomeOut>), AppError> {
    let target = if !b.person_ids.is_empty() {
        Target::People(b.person_ids.iter().copied().map(PersonId).collect())
    } else if b.unit_id.is_some() || b.position_code.is_some() {
        Target::Group { unit: b.unit_id, code: b.position_code }
    } else {
        Target::Me
    };
    let (_, out) = learning::enrol(&state, &s.actor(), id, target).await.map_err(err)?;
    crate::notify::deliver(&state).await;
    let ids = |v: &[PersonId]| v.iter().map(|p| p.0).collect();
    Ok((
        StatusCode::CREATED,
        Json(EnrolOutcomeOut {
            enrolled: ids(&out.enrolled),
            waiting: ids(&out.waiting),
            pending: ids(&out.pending),
            already: ids(&out.already),
        }),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct CancelOut {
    /// People moved up from the waiting list into the freed place.
    pub promoted: Vec<i64>,
}

/// Cancels an enrolment (the person, their leader, HR or the facilitator).
#[utoipa::path(delete, path = "/api/v1/enrolments/{id}", tag = "learning",
    params(("id" = i64, Path, description = "Enrolment id")),
    responses((status = 200, body = CancelOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn cancel(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<CancelOut>, AppError> {
    let (_, promoted) = learning::cancel(&state, &s.actor(), id).await?;
    crate::notify::deliver(&state).await;
    Ok(Json(CancelOut { promoted: promoted.iter().map(|p| p.0).collect() }))
}

#[derive(Deserialize, ToSchema)]
pub struct AttendanceIn {
    pub person_ids: Vec<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct AttendanceOut {
    /// Newly marked present (those already marked are not counted again).
    pub marked: usize,
}

/// Marks people present at a session that has started (HR or the facilitator).
#[utoipa::path(post, path = "/api/v1/sessions/{id}/attendance", tag = "learning",
    params(("id" = i64, Path, description = "Session id")), request_body = AttendanceIn,
    responses((status = 200, body = AttendanceOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn attendance(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<AttendanceIn>,
) -> Result<Json<AttendanceOut>, AppError> {
    let people: Vec<PersonId> = b.person_ids.into_iter().map(PersonId).collect();
    let marked = learning::mark_attendance(&state, &s.actor(), id, &people, false).await.map_err(err)?;
    Ok(Json(AttendanceOut { marked }))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct CompletionIn {
    /// Only these people, all of whom must meet the rule; without it, everyone enrolled who does.
    pub person_ids: Option<Vec<i64>>,
}

#[derive(Serialize, ToSchema)]
pub struct UnmetOut {
    pub person_id: i64,
    /// sessions_ahead, too_few_sessions or not_passed.
    pub reason: String,
}

#[derive(Serialize, ToSchema)]
pub struct CompletionOut {
    pub completed: Vec<i64>,
    /// Enrolled but not meeting the rule yet.
    pub unmet: Vec<UnmetOut>,
    /// Holdings granted or renewed in the people's profiles.
    pub granted: usize,
}

fn reason(u: Unmet) -> &'static str {
    match u {
        Unmet::SessionsAhead { .. } | Unmet::NoSessions => "sessions_ahead",
        Unmet::Attended { .. } => "too_few_sessions",
        Unmet::NotPassed => "not_passed",
    }
}

/// Marks completed those who meet the activity's rule and grants its competence (HR or the
/// facilitator). Naming people who do not meet the rule refuses the whole request.
#[utoipa::path(post, path = "/api/v1/cohorts/{id}/completions", tag = "learning",
    params(("id" = i64, Path, description = "Cohort id")), request_body = CompletionIn,
    responses((status = 200, body = CompletionOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn complete(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<CompletionIn>,
) -> Result<Json<CompletionOut>, AppError> {
    let only: Option<Vec<PersonId>> = b.person_ids.map(|v| v.into_iter().map(PersonId).collect());
    let (_, out) = learning::complete(&state, &s.actor(), id, only.as_deref()).await.map_err(err)?;
    Ok(Json(CompletionOut {
        completed: out.completed.iter().map(|p| p.0).collect(),
        unmet: out.unmet.iter().map(|(p, u)| UnmetOut { person_id: p.0, reason: reason(*u).into() }).collect(),
        granted: out.granted,
    }))
}
