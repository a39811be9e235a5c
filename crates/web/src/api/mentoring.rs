//! API: mentoring programmes — create, join, the pairs with why, and running the matching.

use super::extract::{ApiJson, ApiUser, Id};
use crate::error::{ApiErrorBody, AppError};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use saman_app::mentoring::{self, JoinDraft, ProgrammeDraft};
use saman_domain::mentoring::{Part, Reason};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The API's name for a field a use case names.
fn api_field(f: &'static str) -> &'static str {
    if f.starts_with("competence_") { "competence_ids" } else { f }
}

fn err(e: saman_app::Error) -> AppError {
    AppError::renamed(e, api_field)
}

#[derive(Serialize, ToSchema)]
pub struct PairOut {
    pub id: i64,
    /// Participant ids.
    pub mentor_id: i64,
    pub mentee_id: i64,
    pub mentor_name: String,
    pub mentee_name: String,
    /// proposed, accepted, declined or locked.
    pub state: String,
    /// How well they fit (higher is better).
    pub score: i64,
    /// Why: complements (competence ids), shared_goals (word stems), across_units, across_professions, across_organisations.
    #[schema(value_type = Vec<Object>)]
    pub reasons: Vec<Reason>,
}

#[derive(Serialize, ToSchema)]
pub struct ProgrammeOut {
    pub id: i64,
    pub organisation_id: i64,
    pub title: String,
    pub description: String,
    /// mentoring or peer_coaching.
    pub kind: String,
    /// org or network.
    pub reach: String,
    /// any, preferred or required.
    pub across_units: String,
    pub across_professions: String,
    pub mentors: usize,
    pub mentees: usize,
    /// All pairs for the coordinator; a participant's own otherwise.
    pub pairs: Vec<PairOut>,
    /// Mentees without a pair after the last matching (coordinator only).
    pub unmatched: Vec<i64>,
}

async fn out(state: &AppState, s: &crate::ctx::SignedIn, id: i64, unmatched: Vec<i64>) -> Result<ProgrammeOut, AppError> {
    let d = mentoring::detail(state, &s.actor(), id).await?;
    let (p, coord, people) = (d.seen.programme, d.seen.coordinates, d.people);
    let name = |i: i64| people.iter().find(|x| x.id == i).map(|x| x.person_name.clone()).unwrap_or_default();
    let pairs = d
        .pairs
        .into_iter()
        .map(|x| PairOut {
            id: x.id,
            mentor_id: x.mentor,
            mentee_id: x.mentee,
            mentor_name: name(x.mentor),
            mentee_name: name(x.mentee),
            state: x.state.code().into(),
            score: x.score,
            reasons: x.reasons,
        })
        .collect();
    Ok(ProgrammeOut {
        id: p.id,
        organisation_id: p.org.0,
        title: p.title,
        description: p.description,
        kind: p.kind.code().into(),
        reach: p.reach.code().into(),
        across_units: p.rules.units.code().into(),
        across_professions: p.rules.professions.code().into(),
        mentors: people.iter().filter(|x| x.role == Part::Mentor).count(),
        mentees: people.iter().filter(|x| x.role == Part::Mentee).count(),
        pairs,
        unmatched: if coord { unmatched } else { vec![] },
    })
}

#[derive(Deserialize, ToSchema)]
pub struct ProgrammeIn {
    pub title: String,
    pub description: String,
    /// mentoring (default) or peer_coaching.
    pub kind: Option<String>,
    /// org (default) or network.
    pub reach: Option<String>,
    /// any, preferred (default) or required.
    pub across_units: Option<String>,
    /// any (default), preferred or required.
    pub across_professions: Option<String>,
}

/// Creates a programme in the organisation where the caller is HR.
#[utoipa::path(post, path = "/api/v1/programmes", tag = "mobility", request_body = ProgrammeIn,
    responses((status = 201, body = ProgrammeOut), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    ApiJson(b): ApiJson<ProgrammeIn>,
) -> Result<(StatusCode, Json<ProgrammeOut>), AppError> {
    let d = ProgrammeDraft {
        title: b.title,
        description: b.description,
        kind: b.kind.unwrap_or_else(|| "mentoring".into()),
        reach: b.reach.unwrap_or_else(|| "org".into()),
        across_units: b.across_units.unwrap_or_else(|| "preferred".into()),
        across_professions: b.across_professions.unwrap_or_else(|| "any".into()),
    };
    let id = mentoring::create(&state, &s.actor(), &d).await.map_err(err)?;
    Ok((StatusCode::CREATED, Json(out(&state, &s, id, vec![]).await?)))
}

#[utoipa::path(get, path = "/api/v1/programmes/{id}", tag = "mobility",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = ProgrammeOut), (status = 404, body = ApiErrorBody)))]
pub async fn get(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<ProgrammeOut>, AppError> {
    Ok(Json(out(&state, &s, id, vec![]).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct ParticipantIn {
    /// mentor or mentee.
    pub role: String,
    /// How many mentees a mentor takes (1–10).
    pub capacity: Option<i64>,
    pub goals: String,
    /// Up to three: wanted (mentee) or offered (mentor).
    #[serde(default)]
    pub competence_ids: Vec<i64>,
}

/// The caller joins the programme.
#[utoipa::path(post, path = "/api/v1/programmes/{id}/participants", tag = "mobility",
    params(("id" = i64, Path, description = "Programme id")), request_body = ParticipantIn,
    responses((status = 201, body = ProgrammeOut), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn join(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<ParticipantIn>,
) -> Result<(StatusCode, Json<ProgrammeOut>), AppError> {
    let d = JoinDraft {
        role: b.role,
        capacity: Ok(b.capacity),
        goals: b.goals,
        competences: b.competence_ids.iter().map(|c| ("competence_ids", Ok(Some(*c)))).collect(),
    };
    mentoring::join(&state, &s.actor(), id, &d).await.map_err(err)?;
    Ok((StatusCode::CREATED, Json(out(&state, &s, id, vec![]).await?)))
}

/// The coordinator runs the matching: optimal pairs under the programme's rules, keeping
/// locked and accepted pairs.
#[utoipa::path(post, path = "/api/v1/programmes/{id}/match", tag = "mobility",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = ProgrammeOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn match_pairs(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<ProgrammeOut>, AppError> {
    let unmatched = mentoring::run_matching(&state, &s.actor(), id).await?;
    crate::notify::deliver(&state).await;
    Ok(Json(out(&state, &s, id, unmatched).await?))
}
