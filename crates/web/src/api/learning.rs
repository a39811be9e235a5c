//! API: learning activities, their cohorts and sessions, enrolments, attendance and
//! completions — with the same rules and messages as the pages.

use super::extract::{ApiJson, ApiLang, ApiUser, Id};
use crate::error::{ApiErrorBody, AppError};
use crate::formerr::FieldErrors;
use crate::pages::activity::{Positions, Target, cohort_of, enrol_target, load};
use crate::pages::learning::{ActivityForm, check_activity, sees_activities};
use crate::scope;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use saman_domain::learning::{EnrolStatus, Unmet};
use saman_domain::{OrgId, PersonId, parse};
use saman_store::{Activity, Actor};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

fn actor(s: &crate::ctx::SignedIn) -> Actor {
    Actor { user: Some(s.user.id), name: s.user.username.clone() }
}

/// The first form error as an API error, with the API's name for the field.
fn first_error(e: &FieldErrors) -> AppError {
    let Some(x) = e.items.first() else { return AppError::BadInput { key: "err-bad-input", field: None } };
    let field = match x.field.as_str() {
        "kind" => "kind",
        "handle" => "handle",
        "title" => "title",
        "description" => "description",
        "link" => "link",
        "competence" => "competence_id",
        "level" => "level",
        "rule" => "completion_rule",
        "min_sessions" => "completion_rule",
        "target" => "target",
        "credits" => "credits",
        "follow_up_days" => "follow_up_days",
        _ => "body",
    };
    AppError::BadInput { key: x.key, field: Some(field) }
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
    if !sees_activities(&s, OrgId(id)) {
        return Err(AppError::NotFound);
    }
    let out = state
        .db
        .learning()
        .activities(OrgId(id), scope::now_local())
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
    lang: ApiLang,
    Id(id): Id,
    ApiJson(b): ApiJson<ActivityIn>,
) -> Result<(StatusCode, Json<ActivityOut>), AppError> {
    let org = OrgId(id);
    if !sees_activities(&s, org) {
        return Err(AppError::NotFound);
    }
    if !s.access.manages_org(org) {
        return Err(AppError::Forbidden);
    }
    let rule = b.completion_rule.clone().unwrap_or_else(|| "all".into());
    let (rule, min) = match rule.strip_prefix("min:") {
        Some(n) => ("min".to_string(), n.to_string()),
        None => (rule, String::new()),
    };
    let f = ActivityForm {
        org: id.to_string(),
        kind: b.kind,
        handle: b.handle.unwrap_or_default(),
        title: b.title,
        description: b.description.unwrap_or_default(),
        link: b.link.unwrap_or_default(),
        competence: b.competence_id.map(|c| c.to_string()).unwrap_or_default(),
        level: b.level.map(|l| l.to_string()).unwrap_or_default(),
        rule,
        min_sessions: min,
        needs_approval: b.needs_approval.then(|| "1".to_string()),
        target: b.target.map(|t| t.to_string()).unwrap_or_default(),
        credits: b.credits.map(|t| t.to_string()).unwrap_or_default(),
        follow_up_days: b.follow_up_days.map(|t| t.to_string()).unwrap_or_default(),
    };
    let cat = state.catalogues.get(&state.db, Some(org)).await?;
    let new = check_activity(lang.0, &f, &cat).map_err(|e| first_error(&e))?;
    let id = state.db.learning().create_activity(&actor(&s), org, &new).await?;
    Ok((StatusCode::CREATED, Json((&state.db.learning().activity(id).await?).into())))
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
    let a = load(&state, &s, id).await?;
    let mut cohorts = vec![];
    for c in state.db.learning().cohorts(a.id).await? {
        let es = state.db.learning().enrolments(c.id).await?;
        let sessions = state.db.learning().sessions(&[c.id]).await?;
        cohorts.push(CohortOut {
            id: c.id,
            name: c.name,
            capacity: c.capacity,
            taken: es.iter().filter(|e| e.status.takes_place()).count(),
            waiting: es.iter().filter(|e| e.status == EnrolStatus::Waiting).count(),
            facilitator_person_ids: c.facilitators.iter().map(|p| p.0).collect(),
            sessions: sessions
                .into_iter()
                .map(|x| SessionOut {
                    id: x.id,
                    starts_at: x.starts_at.format(saman_store::TIME_FORMAT).to_string(),
                    ends_at: x.ends_at.format(saman_store::TIME_FORMAT).to_string(),
                    place: x.place,
                })
                .collect(),
        });
    }
    Ok(Json(ActivityDetailOut { activity: (&a).into(), cohorts }))
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
    let a = load(&state, &s, id).await?;
    if !s.access.manages_org(a.org) {
        return Err(AppError::Forbidden);
    }
    let name = parse::text(&b.name, 120).map_err(|e| AppError::bad(e.key(), "name"))?;
    if !(1..=100_000).contains(&b.capacity) {
        return Err(AppError::bad("err-bad-number", "capacity"));
    }
    for f in &b.facilitator_person_ids {
        if state.db.people().person(PersonId(*f)).await.map_or(true, |p| p.org != a.org) {
            return Err(AppError::bad("err-bad-choice", "facilitator_person_ids"));
        }
    }
    let cohort = state.db.learning().create_cohort(&actor(&s), a.id, &name, b.capacity, None).await?;
    for f in &b.facilitator_person_ids {
        state.db.learning().add_facilitator(&actor(&s), cohort, PersonId(*f)).await?;
    }
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
    let (c, _, who) = cohort_of(&state, &s, id).await?;
    if !who.runs(&c) {
        return Err(AppError::Forbidden);
    }
    let starts = parse::datetime(&b.starts_at).map_err(|e| AppError::bad(e.key(), "starts_at"))?;
    let ends = parse::datetime(&b.ends_at).map_err(|e| AppError::bad(e.key(), "ends_at"))?;
    if ends <= starts {
        return Err(AppError::bad("err-ends-before-starts", "ends_at"));
    }
    let place = parse::text(&b.place, 200).map_err(|e| AppError::bad(e.key(), "place"))?;
    let sid = state.db.learning().add_session(&actor(&s), c.id, starts, ends, &place).await?;
    let x = state.db.learning().session(sid).await?;
    let fmt = |t: chrono::NaiveDateTime| t.format(saman_store::TIME_FORMAT).to_string();
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
    let (c, a, who) = cohort_of(&state, &s, id).await?;
    let place = Positions::load(&state, a.org).await?;
    let attendance = state.db.learning().attendance(c.id).await?;
    let out = state
        .db
        .learning()
        .enrolments(c.id)
        .await?
        .into_iter()
        .filter(|e| who.sees(&c, e.person, &place.ancestries(e.person)))
        .map(|e| EnrolmentOut {
            id: e.id,
            person_id: e.person.0,
            attended: attendance.values().filter(|ps| ps.contains(&e.person)).count(),
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
    let (_, _, out) = enrol_target(&state, &s, id, target).await.map_err(|e| match e {
        AppError::BadInput { key, field: Some("unit") } => AppError::BadInput { key, field: Some("unit_id") },
        e => e,
    })?;
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
    let e = state.db.learning().enrolment(id).await?;
    let (c, a, who) = cohort_of(&state, &s, e.cohort).await?;
    let place = Positions::load(&state, a.org).await?;
    let anc = place.ancestries(e.person);
    if !who.sees(&c, e.person, &anc) {
        return Err(AppError::NotFound);
    }
    if !(who.manage || who.leads(&anc) || who.runs(&c) || who.me == Some(e.person)) {
        return Err(AppError::Forbidden);
    }
    let promoted = state.db.learning().cancel(&actor(&s), e.id).await?;
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
    let session = state.db.learning().session(id).await?;
    let (c, _, who) = cohort_of(&state, &s, session.cohort).await?;
    if !who.runs(&c) {
        return Err(AppError::Forbidden);
    }
    let people: Vec<PersonId> = b.person_ids.into_iter().map(PersonId).collect();
    let marked = state.db.learning().mark_attendance(&actor(&s), session.id, &people, "facilitator", scope::now_local()).await?;
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
    let (c, _, who) = cohort_of(&state, &s, id).await?;
    if !who.runs(&c) {
        return Err(AppError::Forbidden);
    }
    let now = scope::now_local();
    let only: Option<Vec<PersonId>> = b.person_ids.map(|v| v.into_iter().map(PersonId).collect());
    if let Some(o) = &only {
        let standings = state.db.learning().standings(c.id, now).await?;
        for p in o {
            match standings.iter().find(|x| x.enrolment.person == *p) {
                None => return Err(AppError::Conflict { key: "err-not-enrolled", field: Some("person_ids") }),
                Some(x) if x.check.is_err() && x.enrolment.status != EnrolStatus::Completed => {
                    return Err(AppError::Conflict { key: "err-rule-not-met", field: Some("person_ids") });
                }
                _ => {}
            }
        }
    }
    let out = state.db.learning().complete(&actor(&s), c.id, only.as_deref(), now).await?;
    Ok(Json(CompletionOut {
        completed: out.completed.iter().map(|p| p.0).collect(),
        unmet: out.unmet.iter().map(|(p, u)| UnmetOut { person_id: p.0, reason: reason(*u).into() }).collect(),
        granted: out.granted,
    }))
}
