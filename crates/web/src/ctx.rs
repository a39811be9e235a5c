//! The request context every page gets: language, the signed-in user and what
//! they may see, and the CSRF token for forms.

use crate::auth::{random_token, token_hash};
use crate::cookies;
use crate::error::AppError;
use crate::state::AppState;

pub use crate::signed_in::SignedIn;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use saman_domain::Lang;

#[derive(Debug, Clone)]
pub struct Ctx {
    pub lang: Lang,
    pub user: Option<SignedIn>,
    pub csrf: String,
    /// A new anonymous CSRF cookie to set with the response.
    pub set_csrf_cookie: bool,
    pub path: String,
    /// The path with its query: where the language picker returns to.
    pub here: String,
    pub secure: bool,
}

impl Ctx {
    pub fn require_user(&self) -> Result<&SignedIn, AppError> {
        self.user.as_ref().ok_or(AppError::SignInRequired)
    }

    pub fn require_admin(&self) -> Result<&SignedIn, AppError> {
        let s = self.require_user()?;
        if s.access.is_admin() { Ok(s) } else { Err(AppError::Forbidden) }
    }
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Ctx, AppError> {
        if let Some(ctx) = parts.extensions.get::<Ctx>() {
            return Ok(ctx.clone());
        }
        let secure = state.cfg.secure_cookies;
        let headers = &parts.headers;
        let mut signed = None;
        if let Some(token) = cookies::get(headers, cookies::session_name(secure)) {
            let hash = token_hash(token);
            if let Some(hit) = state.sessions.get(&hash) {
                signed = Some(hit);
            } else if let Some((known, csrf)) = saman_app::signin::session(state, &hash).await? {
                let s = SignedIn { user: known.user, access: known.access, session_hash: hash.clone() };
                state.sessions.put(hash, s.clone(), csrf.clone());
                signed = Some((s, csrf));
            }
        }
        let (user, csrf, set_csrf_cookie) = match signed {
            Some((s, csrf)) => (Some(s), csrf, false),
            None => match cookies::get(headers, cookies::csrf_name(secure)) {
                Some(c) if c.len() >= 32 => (None, c.to_string(), false),
                _ => (None, random_token(), true),
            },
        };
        // A signed-in user's saved choice wins; otherwise the cookie, then the browser.
        let lang = user.as_ref().and_then(|s: &SignedIn| s.user.lang).unwrap_or_else(|| cookies::lang(headers));
        let ctx = Ctx {
            lang,
            user,
            csrf,
            set_csrf_cookie,
            path: parts.uri.path().to_string(),
            here: parts.uri.path_and_query().map_or("/", |p| p.as_str()).to_string(),
            secure,
        };
        parts.extensions.insert(ctx.clone());
        Ok(ctx)
    }
}
