//! API: people and positions.

use super::dto::{PersonIn, PersonOut, PositionIn, PositionOut};
use super::extract::{ApiJson, ApiUser, Id};
use crate::error::{ApiErrorBody, AppError};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use saman_app::input;
use saman_app::people::{self, PersonDraft, PositionDraft};
use saman_domain::parse::{self, ParseError, Percent};
use saman_domain::{OrgId, PersonId, UnitId};
use serde::Deserialize;

fn draft(p: &PersonIn) -> PersonDraft {
    PersonDraft {
        employee_number: p.employee_number.clone(),
        given_name: p.given_name.clone(),
        family_name: p.family_name.clone(),
        email: p.email.clone(),
        birth_year: p.birth_year.map(i64::from),
    }
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct PeopleQuery {
    /// Part of a name.
    q: Option<String>,
    /// At most 500; default 100.
    limit: Option<i64>,
    offset: Option<i64>,
}

/// People of an organisation (HR advisers and administrators).
#[utoipa::path(get, path = "/api/v1/organisations/{id}/people", tag = "people",
    params(("id" = i64, Path, description = "Organisation id"), PeopleQuery),
    responses((status = 200, body = Vec<PersonOut>), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn list_people(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    Query(q): Query<PeopleQuery>,
) -> Result<Json<Vec<PersonOut>>, AppError> {
    let people = people::list(&state, &s.actor(), OrgId(id), q.q.as_deref(), q.limit.unwrap_or(100), q.offset.unwrap_or(0)).await?;
    Ok(Json(people.into_iter().map(Into::into).collect()))
}

/// Adds a person to an organisation.
#[utoipa::path(post, path = "/api/v1/organisations/{id}/people", tag = "people",
    params(("id" = i64, Path, description = "Organisation id")), request_body = PersonIn,
    responses((status = 201, body = PersonOut), (status = 403, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create_person(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(body): ApiJson<PersonIn>,
) -> Result<(StatusCode, Json<PersonOut>), AppError> {
    let person = people::create(&state, &s.actor(), OrgId(id), &draft(&body)).await?;
    Ok((StatusCode::CREATED, Json(person.into())))
}

/// One person, if the caller may see them.
#[utoipa::path(get, path = "/api/v1/people/{id}", tag = "people",
    params(("id" = i64, Path, description = "Person id")),
    responses((status = 200, body = PersonOut), (status = 404, body = ApiErrorBody)))]
pub async fn get_person(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<PersonOut>, AppError> {
    Ok(Json(people::get(&state, &s.actor(), PersonId(id)).await?.into()))
}

/// Replaces a person's details (HR advisers and administrators).
#[utoipa::path(put, path = "/api/v1/people/{id}", tag = "people",
    params(("id" = i64, Path, description = "Person id")), request_body = PersonIn,
    responses((status = 200, body = PersonOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update_person(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(body): ApiJson<PersonIn>,
) -> Result<Json<PersonOut>, AppError> {
    Ok(Json(people::update(&state, &s.actor(), PersonId(id), &draft(&body)).await?.into()))
}

/// A person's positions, current and past.
#[utoipa::path(get, path = "/api/v1/people/{id}/positions", tag = "positions",
    params(("id" = i64, Path, description = "Person id")),
    responses((status = 200, body = Vec<PositionOut>), (status = 404, body = ApiErrorBody)))]
pub async fn list_positions(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<Vec<PositionOut>>, AppError> {
    Ok(Json(people::positions(&state, &s.actor(), PersonId(id)).await?.into_iter().map(Into::into).collect()))
}

/// Adds a position (HR advisers and administrators).
#[utoipa::path(post, path = "/api/v1/organisations/{id}/positions", tag = "positions",
    params(("id" = i64, Path, description = "Organisation id")), request_body = PositionIn,
    responses((status = 201, body = PositionOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create_position(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<PositionIn>,
) -> Result<(StatusCode, Json<PositionOut>), AppError> {
    let d = PositionDraft {
        person: PersonId(b.person_id),
        unit: UnitId(b.unit_id),
        title: b.title,
        position_code: b.position_code,
        percent: Percent::from_hundredths((b.percent * 100.0).round() as i64).map(Some).ok_or(ParseError::BadPercent),
        start_date: input::typed(&b.start_date, parse::date),
        end_date: input::typed(b.end_date.as_deref().unwrap_or(""), parse::date),
    };
    Ok((StatusCode::CREATED, Json(people::add_position(&state, &s.actor(), OrgId(id), &d).await?.into())))
}
