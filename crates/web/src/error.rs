//! One error type at the HTTP edge. Handlers return it with `?`; the `error_pages`
//! middleware (in `pages::errors`) turns it into a page or a JSON body in the caller's language.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use saman_domain::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppError {
    NotFound,
    Forbidden,
    SignInRequired,
    Csrf,
    RateLimited,
    /// Bad input: a message id, and the field at fault when there is one.
    BadInput {
        key: &'static str,
        field: Option<&'static str>,
    },
    Conflict {
        key: &'static str,
        field: Option<&'static str>,
    },
    /// Something failed on our side. The reference is in the log line that says what.
    Internal {
        reference: String,
    },
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::SignInRequired => StatusCode::UNAUTHORIZED,
            AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            AppError::BadInput { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict { .. } => StatusCode::CONFLICT,
            AppError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable code in JSON errors.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Forbidden => "forbidden",
            AppError::SignInRequired => "unauthorized",
            AppError::Csrf => "csrf",
            AppError::RateLimited => "rate_limited",
            AppError::BadInput { key, .. } | AppError::Conflict { key, .. } => key.trim_start_matches("err-"),
            AppError::Internal { .. } => "internal",
        }
    }

    pub fn message_key(&self) -> &'static str {
        match self {
            AppError::NotFound => "err-not-found",
            AppError::Forbidden => "err-forbidden",
            AppError::SignInRequired => "err-signin-required",
            AppError::Csrf => "err-csrf",
            AppError::RateLimited => "err-rate-limited",
            AppError::BadInput { key, .. } | AppError::Conflict { key, .. } => key,
            AppError::Internal { .. } => "err-internal",
        }
    }

    pub fn field(&self) -> Option<&'static str> {
        match self {
            AppError::BadInput { field, .. } | AppError::Conflict { field, .. } => *field,
            _ => None,
        }
    }

    pub fn bad(key: &'static str, field: &'static str) -> AppError {
        AppError::BadInput { key, field: Some(field) }
    }

    /// A failure on our side: logged with a short reference that the answer carries, so an
    /// administrator can find the log line a user quotes.
    pub fn internal(what: &str, error: &dyn std::fmt::Display) -> AppError {
        let reference = reference();
        tracing::error!(%reference, %error, "{what}");
        AppError::Internal { reference }
    }

    /// The reference of a failure on our side.
    pub fn reference(&self) -> Option<&str> {
        match self {
            AppError::Internal { reference } => Some(reference),
            _ => None,
        }
    }
}

/// Eight characters, unlikely to repeat within a log's lifetime.
fn reference() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..8).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
}

impl From<saman_app::Error> for AppError {
    fn from(e: saman_app::Error) -> AppError {
        use saman_app::Error;
        match e {
            Error::NotFound => AppError::NotFound,
            Error::Forbidden => AppError::Forbidden,
            Error::Conflict { key, field } => AppError::Conflict { key, field },
            Error::Invalid(problems) => match problems.first() {
                Some(p) => AppError::BadInput { key: p.key, field: Some(p.field) },
                None => AppError::BadInput { key: "err-bad-input", field: None },
            },
            Error::Store(e) => AppError::internal("storage failure", &e),
        }
    }
}

impl AppError {
    /// A use case's error, with the caller's name for the field at fault.
    pub fn renamed(e: saman_app::Error, name: impl Fn(&'static str) -> &'static str) -> AppError {
        match AppError::from(e) {
            AppError::BadInput { key, field: Some(f) } => AppError::BadInput { key, field: Some(name(f)) },
            AppError::Conflict { key, field: Some(f) } => AppError::Conflict { key, field: Some(name(f)) },
            other => other,
        }
    }
}

/// Marks a response as an error still to be rendered.
#[derive(Clone)]
pub(crate) struct Pending(pub(crate) AppError);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let mut r = self.status().into_response();
        r.extensions_mut().insert(Pending(self));
        r
    }
}

/// JSON body of every API error.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiErrorBody {
    /// Stable, machine-readable code.
    pub code: String,
    /// What went wrong, in the caller's language.
    pub message: String,
    /// The input field at fault, when there is one.
    pub field: Option<String>,
    /// For a failure on our side: the reference to give the administrator, who finds it in the log.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// The API answers in the language of `Accept-Language`; handlers may record a better one.
#[derive(Clone, Copy)]
pub struct ApiLang(pub Lang);

pub(crate) fn api_lang(resp: &Response) -> Option<Lang> {
    resp.extensions().get::<ApiLang>().map(|l| l.0)
}

pub fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
