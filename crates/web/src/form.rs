//! Form extraction with CSRF checking: every state-changing form carries the
//! token from its page, and a form without the right one is refused.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

/// A urlencoded form whose `csrf` field matched, deserialised into `T`.
pub struct CsrfForm<T>(pub T);

/// A form that carries nothing but its token: a button that deletes, approves, signs out…
#[derive(serde::Deserialize)]
pub struct Empty {}

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, AppError> {
        let (mut parts, body) = req.into_parts();
        let ctx = <Ctx as axum::extract::FromRequestParts<AppState>>::from_request_parts(&mut parts, state).await?;
        let bytes =
            Bytes::from_request(Request::from_parts(parts, body), state).await.map_err(|_| AppError::bad("err-bad-form", "form"))?;
        let sent = form_urlencoded::parse(&bytes).find(|(k, _)| k == "csrf").map(|(_, v)| v.into_owned());
        check_csrf(&ctx, sent.as_deref())?;
        serde_urlencoded::from_bytes(&bytes).map(CsrfForm).map_err(|_| AppError::bad("err-bad-form", "form"))
    }
}

/// Compares the sent token with the expected one in constant time.
pub fn check_csrf(ctx: &Ctx, sent: Option<&str>) -> Result<(), AppError> {
    let Some(sent) = sent else { return Err(AppError::Csrf) };
    if ctx.set_csrf_cookie || sent.len() != ctx.csrf.len() {
        return Err(AppError::Csrf);
    }
    let diff = sent.bytes().zip(ctx.csrf.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b));
    if diff == 0 { Ok(()) } else { Err(AppError::Csrf) }
}
