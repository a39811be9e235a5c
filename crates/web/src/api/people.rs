//! API: people and positions.

use super::dto::{PersonIn, PersonOut, PositionIn, PositionOut};
use super::extract::{ApiJson, ApiUser, Id};
use crate::error::{ApiErrorBody, AppError};
use crate::scope;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use saman_domain::parse::{self, ParseError, Percent};
use saman_domain::{OrgId, PersonId, UnitId};
use saman_store::{PersonPatch, PositionInput};
use serde::Deserialize;

fn field(f: &'static str) -> impl Fn(ParseError) -> AppError {
    move |e| AppError::bad(e.key(), f)
}

fn person_patch(p: &PersonIn) -> Result<PersonPatch, AppError> {
    let this_year = scope::today().format("%Y").to_string().parse().unwrap_or(2100);
    Ok(PersonPatch {
        employee_number: match &p.employee_number {
            Some(n) => parse::optional_text(n, 50).map_err(field("employee_number"))?,
            None => None,
        },
        given_name: parse::text(&p.given_name, 100).map_err(field("given_name"))?,
        family_name: parse::text(&p.family_name, 100).map_err(field("family_name"))?,
        email: match p.email.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
            Some(e) => Some(parse::email(e).map_err(field("email"))?),
            None => None,
        },
        birth_year: match p.birth_year {
            Some(y) => Some(parse::birth_year(&y.to_string(), this_year).map_err(field("birth_year"))?),
            None => None,
        },
    })
}

async fn managed_org(state: &AppState, s: &crate::ctx::SignedIn, id: OrgId) -> Result<OrgId, AppError> {
    let org = scope::org(state, &s.access, id).await?;
    if s.access.manages_org(org.id) { Ok(org.id) } else { Err(AppError::Forbidden) }
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
    let org = managed_org(&state, &s, OrgId(id)).await?;
    let limit = q.limit.unwrap_or(100).clamp(1, 500);
    let people = state.db.people().list(org, q.q.as_deref().filter(|s| !s.trim().is_empty()), limit, q.offset.unwrap_or(0).max(0)).await?;
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
    let org = managed_org(&state, &s, OrgId(id)).await?;
    let patch = person_patch(&body)?;
    let actor = saman_store::Actor { user: Some(s.user.id), name: s.user.username.clone() };
    let pid = state.db.people().create(&actor, org, &patch).await?;
    state.orgs.invalidate(org);
    Ok((StatusCode::CREATED, Json(state.db.people().person(pid).await?.into())))
}

/// The person, if the caller may see them; otherwise not found.
pub(super) async fn visible_person(state: &AppState, s: &crate::ctx::SignedIn, id: PersonId) -> Result<saman_store::Person, AppError> {
    let person = state.db.people().person(id).await?;
    let org = scope::org(state, &s.access, person.org).await?;
    let view = state.orgs.get(&state.db, org.id).await?;
    if scope::sees_person(state, &s.access, org.id, person.id, &view.tree).await? { Ok(person) } else { Err(AppError::NotFound) }
}

/// One person, if the caller may see them.
#[utoipa::path(get, path = "/api/v1/people/{id}", tag = "people",
    params(("id" = i64, Path, description = "Person id")),
    responses((status = 200, body = PersonOut), (status = 404, body = ApiErrorBody)))]
pub async fn get_person(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<PersonOut>, AppError> {
    Ok(Json(visible_person(&state, &s, PersonId(id)).await?.into()))
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
    let person = visible_person(&state, &s, PersonId(id)).await?;
    if !s.access.manages_org(person.org) {
        return Err(AppError::Forbidden);
    }
    let patch = person_patch(&body)?;
    let actor = saman_store::Actor { user: Some(s.user.id), name: s.user.username.clone() };
    state.db.people().update(&actor, person.id, &patch).await?;
    state.orgs.invalidate(person.org);
    Ok(Json(state.db.people().person(person.id).await?.into()))
}

/// A person's positions, current and past.
#[utoipa::path(get, path = "/api/v1/people/{id}/positions", tag = "positions",
    params(("id" = i64, Path, description = "Person id")),
    responses((status = 200, body = Vec<PositionOut>), (status = 404, body = ApiErrorBody)))]
pub async fn list_positions(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<Vec<PositionOut>>, AppError> {
    let person = visible_person(&state, &s, PersonId(id)).await?;
    Ok(Json(state.db.people().positions_of(person.id).await?.into_iter().map(Into::into).collect()))
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
    let org = managed_org(&state, &s, OrgId(id)).await?;
    let percent = Percent::from_hundredths((b.percent * 100.0).round() as i64).ok_or(AppError::bad("err-bad-percent", "percent"))?;
    let start_date = parse::date(&b.start_date).map_err(field("start_date"))?;
    let end_date = match b.end_date.as_deref().filter(|s| !s.trim().is_empty()) {
        Some(e) => Some(parse::date(e).map_err(field("end_date"))?),
        None => None,
    };
    if end_date.is_some_and(|e| e < start_date) {
        return Err(AppError::bad("err-end-before-start", "end_date"));
    }
    let input = PositionInput {
        person: PersonId(b.person_id),
        unit: UnitId(b.unit_id),
        external_key: None,
        title: parse::text(&b.title, 200).map_err(field("title"))?,
        position_code: b
            .position_code
            .as_deref()
            .map(|c| parse::optional_text(c, 20))
            .transpose()
            .map_err(field("position_code"))?
            .flatten(),
        percent,
        start_date,
        end_date,
    };
    let actor = saman_store::Actor { user: Some(s.user.id), name: s.user.username.clone() };
    let pid = state.db.people().create_position(&actor, org, &input).await?;
    state.orgs.invalidate(org);
    Ok((StatusCode::CREATED, Json(state.db.people().position(pid).await?.into())))
}
