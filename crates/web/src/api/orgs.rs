//! API: the caller, organisations and units.

use super::dto::{Me, OrganisationOut, UnitOut};
use super::extract::{ApiUser, Id};
use crate::error::{ApiErrorBody, AppError};
use crate::scope;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use saman_domain::{OrgId, UnitId};

/// The signed-in user and their roles.
#[utoipa::path(get, path = "/api/v1/me", tag = "account",
    responses((status = 200, body = Me), (status = 401, body = ApiErrorBody)))]
pub async fn me(ApiUser(s): ApiUser) -> Json<Me> {
    Json(Me::new(&s.user, &s.access.grants))
}

/// Organisations the caller may see.
#[utoipa::path(get, path = "/api/v1/organisations", tag = "organisations",
    responses((status = 200, body = Vec<OrganisationOut>), (status = 401, body = ApiErrorBody)))]
pub async fn list_organisations(State(state): State<AppState>, ApiUser(s): ApiUser) -> Result<Json<Vec<OrganisationOut>>, AppError> {
    Ok(Json(scope::visible_orgs(&state, &s.access).await?.into_iter().map(Into::into).collect()))
}

/// One organisation.
#[utoipa::path(get, path = "/api/v1/organisations/{id}", tag = "organisations",
    params(("id" = i64, Path, description = "Organisation id")),
    responses((status = 200, body = OrganisationOut), (status = 404, body = ApiErrorBody)))]
pub async fn get_organisation(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<OrganisationOut>, AppError> {
    Ok(Json(scope::org(&state, &s.access, OrgId(id)).await?.into()))
}

/// The organisation's unit tree, flat: parents before children, each with its head count.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/units", tag = "units",
    params(("id" = i64, Path, description = "Organisation id")),
    responses((status = 200, body = Vec<UnitOut>), (status = 404, body = ApiErrorBody)))]
pub async fn list_units(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<Vec<UnitOut>>, AppError> {
    let org = scope::org(&state, &s.access, OrgId(id)).await?;
    let view = state.view(org.id).await?;
    let mut out = vec![];
    for root in view.tree.roots() {
        for id in view.tree.subtree(*root) {
            if let Some(u) = view.unit(id) {
                out.push(UnitOut::new(u.clone(), view.count(id)));
            }
        }
    }
    Ok(Json(out))
}

/// One unit.
#[utoipa::path(get, path = "/api/v1/units/{id}", tag = "units",
    params(("id" = i64, Path, description = "Unit id")),
    responses((status = 200, body = UnitOut), (status = 404, body = ApiErrorBody)))]
pub async fn get_unit(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<UnitOut>, AppError> {
    let (unit, _, view) = saman_app::orgs::unit(&state, &s.actor(), UnitId(id)).await?;
    let n = view.count(unit.id);
    Ok(Json(UnitOut::new(unit, n)))
}
