//! API: registering organisations, networks, invitations and leaving (the same use cases
//! as the pages and the command line).

use super::dto::{InvitationOut, NetworkIn, NetworkOut, OrganisationIn, OrganisationOut};
use super::extract::{ApiJson, ApiUser, Id};
use crate::error::{ApiErrorBody, AppError};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use saman_app::networks::{self, NetworkDraft};
use saman_app::orgs::OrgDraft;
use saman_domain::{NetworkId, OrgId};
use serde::Deserialize;
use utoipa::ToSchema;

/// Registers an organisation (administrators).
#[utoipa::path(post, path = "/api/v1/organisations", tag = "organisations", request_body = OrganisationIn,
    responses((status = 201, body = OrganisationOut), (status = 403, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create_organisation(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    ApiJson(b): ApiJson<OrganisationIn>,
) -> Result<(StatusCode, Json<OrganisationOut>), AppError> {
    let d =
        OrgDraft { name: b.name, kind: b.kind, org_number: b.org_number, municipality_number: b.municipality_number.unwrap_or_default() };
    let id = saman_app::orgs::create(&state, &s.actor(), &d).await?;
    let org = saman_app::access::org(&state, &s.access, id).await?;
    Ok((StatusCode::CREATED, Json(org.into())))
}

/// Networks the caller administers or coordinates, with their member organisations.
#[utoipa::path(get, path = "/api/v1/networks", tag = "networks",
    responses((status = 200, body = Vec<NetworkOut>), (status = 403, body = ApiErrorBody)))]
pub async fn list_networks(State(state): State<AppState>, ApiUser(s): ApiUser) -> Result<Json<Vec<NetworkOut>>, AppError> {
    let all = saman_app::orgs::networks(&state, &s.actor()).await?;
    Ok(Json(all.into_iter().map(|(n, orgs)| NetworkOut::new(n, orgs.into_iter().map(|o| o.org.id.0).collect())).collect()))
}

/// Creates a network with its coordinator (administrators).
#[utoipa::path(post, path = "/api/v1/networks", tag = "networks", request_body = NetworkIn,
    responses((status = 201, body = NetworkOut), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create_network(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    ApiJson(b): ApiJson<NetworkIn>,
) -> Result<(StatusCode, Json<NetworkOut>), AppError> {
    let d = NetworkDraft { name: b.name, coordinator: b.coordinator.unwrap_or_default() };
    let id = networks::create(&state, &s.actor(), &d).await?;
    state.sessions.forget_user(s.user.id);
    let p = networks::page(&state, &s.actor(), id).await?;
    Ok((StatusCode::CREATED, Json(NetworkOut::new(p.network, vec![]))))
}

#[derive(Deserialize, ToSchema)]
pub struct InviteIn {
    pub organisation_id: i64,
}

/// Invites an organisation into the network (its coordinator or an administrator).
#[utoipa::path(post, path = "/api/v1/networks/{id}/invitations", tag = "networks",
    params(("id" = i64, Path, description = "Network id")), request_body = InviteIn,
    responses((status = 201, body = InvitationOut), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn invite(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<InviteIn>,
) -> Result<(StatusCode, Json<InvitationOut>), AppError> {
    let inv = networks::invite(&state, &s.actor(), NetworkId(id), OrgId(b.organisation_id)).await?;
    Ok((StatusCode::CREATED, Json(inv.into())))
}

/// Invitations to an organisation (its HR or an administrator).
#[utoipa::path(get, path = "/api/v1/organisations/{id}/invitations", tag = "networks",
    params(("id" = i64, Path, description = "Organisation id")),
    responses((status = 200, body = Vec<InvitationOut>), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn invitations(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<Vec<InvitationOut>>, AppError> {
    let m = networks::membership(&state, &s.actor(), OrgId(id)).await?;
    if !m.answers {
        return Err(AppError::Forbidden);
    }
    Ok(Json(m.invitations.into_iter().map(Into::into).collect()))
}

/// Accepts an invitation: the organisation joins the network.
#[utoipa::path(post, path = "/api/v1/invitations/{id}/accept", tag = "networks",
    params(("id" = i64, Path, description = "Invitation id")),
    responses((status = 200, body = InvitationOut), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn accept(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<InvitationOut>, AppError> {
    Ok(Json(networks::answer(&state, &s.actor(), id, true).await?.into()))
}

/// Declines an invitation.
#[utoipa::path(post, path = "/api/v1/invitations/{id}/decline", tag = "networks",
    params(("id" = i64, Path, description = "Invitation id")),
    responses((status = 200, body = InvitationOut), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn decline(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<InvitationOut>, AppError> {
    Ok(Json(networks::answer(&state, &s.actor(), id, false).await?.into()))
}

/// The organisation leaves its network, keeping its own data (its HR or an administrator).
#[utoipa::path(delete, path = "/api/v1/organisations/{id}/network", tag = "networks",
    params(("id" = i64, Path, description = "Organisation id")),
    responses((status = 204), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn leave(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<StatusCode, AppError> {
    networks::leave(&state, &s.actor(), OrgId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}
