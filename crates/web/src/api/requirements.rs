//! API: requirements on a unit, and search in the expert pool.

use super::extract::{ApiJson, ApiUser, Id};
use crate::competence::gaps::analyse;
use crate::error::{ApiErrorBody, AppError};
use crate::sharing::experts::Hit;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use saman_app::requirements::{self, Ask};
use saman_domain::UnitId;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct RequirementOut {
    pub id: i64,
    pub competence_id: i64,
    pub competence_key: String,
    /// Set on this unit or one below it; null for a position-code requirement.
    pub unit_id: Option<i64>,
    pub position_code: Option<String>,
    pub min_level: i64,
    /// Required (true) or desired (false).
    pub mandatory: bool,
    /// For unit requirements: how many people need it.
    pub min_count: Option<i64>,
    /// Competences that meet the requirement as well ("either … or …").
    pub alternative_competence_ids: Vec<i64>,
}

#[derive(Deserialize, ToSchema)]
pub struct RequirementIn {
    pub competence_id: i64,
    /// Applies to every position with this code across the organisation (HR only). Without it,
    /// the requirement is set on the unit and `min_count` is needed.
    pub position_code: Option<String>,
    pub min_count: Option<i64>,
    /// On the competence's scale; 1 if left out.
    pub min_level: Option<i64>,
    /// Required (default) or only desired.
    pub mandatory: Option<bool>,
    /// Competences that meet the requirement as well.
    #[serde(default)]
    pub alternative_competence_ids: Vec<i64>,
}

/// The requirements that apply to a unit and everything below it.
#[utoipa::path(get, path = "/api/v1/units/{id}/requirements", tag = "competence",
    params(("id" = i64, Path, description = "Unit id")),
    responses((status = 200, body = Vec<RequirementOut>), (status = 404, body = ApiErrorBody)))]
pub async fn list(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<Vec<RequirementOut>>, AppError> {
    let a = analyse(&state, &s, UnitId(id), 90).await?;
    let view = state.view(a.org.id).await?;
    let key = |c: i64| a.catalogue.iter().find(|x| x.id.0 == c).map(|x| x.key.clone()).unwrap_or_default();
    let out = a
        .requirements
        .iter()
        .filter(|r| r.unit.is_none_or(|u| view.tree.ancestry(u).contains(&UnitId(id))))
        .map(|r| RequirementOut {
            id: r.id,
            competence_id: r.competence.0,
            competence_key: key(r.competence.0),
            unit_id: r.unit.map(|u| u.0),
            position_code: r.position_code.clone(),
            min_level: r.min_level,
            mandatory: r.mandatory,
            min_count: r.min_count,
            alternative_competence_ids: r.alternatives.iter().map(|c| c.0).collect(),
        })
        .collect();
    Ok(Json(out))
}

/// Adds a requirement: on the unit (its leader or HR) or for a position code (HR).
#[utoipa::path(post, path = "/api/v1/units/{id}/requirements", tag = "competence",
    params(("id" = i64, Path, description = "Unit id")), request_body = RequirementIn,
    responses((status = 201, body = Vec<RequirementOut>), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<RequirementIn>,
) -> Result<(StatusCode, Json<Vec<RequirementOut>>), AppError> {
    let ask = Ask {
        competence: Some(b.competence_id),
        position_code: b.position_code.clone(),
        min_count: b.min_count,
        min_level: b.min_level.unwrap_or(1),
        mandatory: b.mandatory.unwrap_or(true),
        alternatives: b.alternative_competence_ids.clone(),
    };
    requirements::add(&state, &s.actor(), UnitId(id), &ask).await.map_err(|e| {
        AppError::renamed(e, |f| match f {
            "competence" => "competence_id",
            "alternatives" => "alternative_competence_ids",
            f => f,
        })
    })?;
    let Json(all) = list(State(state), ApiUser(s), Id(id)).await?;
    Ok((StatusCode::CREATED, Json(all)))
}

/// Removes a requirement (HR, or the leader of the unit it is set on).
#[utoipa::path(delete, path = "/api/v1/units/{id}/requirements/{requirement}", tag = "competence",
    params(("id" = i64, Path, description = "Unit id"), ("requirement" = i64, Path, description = "Requirement id")),
    responses((status = 204), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn delete(State(state): State<AppState>, ApiUser(s): ApiUser, Path((id, rid)): Path<(i64, i64)>) -> Result<StatusCode, AppError> {
    requirements::remove(&state, &s.actor(), UnitId(id), rid).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, IntoParams)]
pub struct ExpertQuery {
    /// Free text: subject, competence or name. Inflected Norwegian forms match.
    pub q: Option<String>,
    /// Only offers of this competence.
    pub competence: Option<i64>,
    /// At most this many, best first (default 50, at most 500).
    pub limit: Option<usize>,
}

/// Search the expert pool ("spør meg om"): offers the caller may see, best match first.
#[utoipa::path(get, path = "/api/v1/experts", tag = "competence", params(ExpertQuery),
    responses((status = 200, body = Vec<Hit>)))]
pub async fn experts(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    lang: crate::api::extract::ApiLang,
    Query(q): Query<ExpertQuery>,
) -> Result<Json<Vec<Hit>>, AppError> {
    let text: String = q.q.unwrap_or_default().chars().take(200).collect();
    let mut hits = crate::sharing::experts::search(&state, &s, lang.0, &text, q.competence).await?;
    hits.truncate(q.limit.unwrap_or(50).clamp(1, 500));
    Ok(Json(hits))
}
