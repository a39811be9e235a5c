//! Extractors for the API: the bearer-token user and bodies that fail in our error format.

use crate::ctx::SignedIn;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// The user behind `Authorization: Bearer …`.
pub struct ApiUser(pub SignedIn);

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or(AppError::SignInRequired)?;
        let known = saman_app::signin::by_token(state, token).await?.ok_or(AppError::SignInRequired)?;
        Ok(ApiUser(SignedIn { user: known.user, access: known.access, session_hash: String::new() }))
    }
}

/// A JSON body; a malformed one is a 422 in our error format.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, AppError> {
        axum::Json::<T>::from_request(req, state)
            .await
            .map(|j| ApiJson(j.0))
            .map_err(|_| AppError::BadInput { key: "err-bad-json", field: None })
    }
}

/// A numeric id in the path; anything else is simply not found.
pub struct Id(pub i64);

impl FromRequestParts<AppState> for Id {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let axum::extract::Path(raw) =
            axum::extract::Path::<String>::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound)?;
        raw.parse().map(Id).map_err(|_| AppError::NotFound)
    }
}

/// The caller's language, from `Accept-Language` (bokmål when none is given).
pub struct ApiLang(pub saman_domain::Lang);

impl FromRequestParts<AppState> for ApiLang {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, AppError> {
        Ok(ApiLang(crate::cookies::lang(&parts.headers)))
    }
}
