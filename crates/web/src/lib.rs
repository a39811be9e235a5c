//! Saman's web layer: server-rendered pages, the JSON API, and the middleware
//! every request passes through.

mod account;
mod admin;
pub mod api;
mod assets;
pub mod auth;
mod authcache;
mod competence;
mod cookies;
pub mod ctx;
pub mod error;
mod form;
mod formerr;
mod learning;
mod limit;
mod mentoring;
mod metrics;
mod mobility;
mod network;
mod next;
pub mod notify;
mod org;
mod pages;
mod scope;
mod security;
mod setup;
mod sharing;
mod signed_in;
pub mod state;
mod view;

pub use admin::import::{describe as describe_import_error, describe_leader_warning};
pub use cookies::session_name;
pub use saman_app::orgview;
pub use saman_app::orgview::{FactsCache, GapFacts};
pub use state::{AppState, WebConfig};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::time::Instant;

/// The whole application.
pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(pages::routes())
        .merge(api::routes())
        .route("/assets/{version}/{name}", get(assets::serve))
        .route("/favicon.ico", get(assets::favicon))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(state.clone(), pages::errors::error_pages))
        .layer(middleware::from_fn_with_state(state.clone(), observe))
        .layer(middleware::from_fn_with_state(state.clone(), security::headers))
        .with_state(state)
}

async fn not_found() -> error::AppError {
    error::AppError::NotFound
}

async fn healthz(State(state): State<AppState>) -> Response {
    match state.ready().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

async fn metrics(State(state): State<AppState>) -> Response {
    let up = state.ready().await.is_ok();
    ([("content-type", "text/plain; version=0.0.4")], state.metrics.render(up)).into_response()
}

/// Counts and times every request, and logs it without personal data (the path
/// pattern, not the path).
async fn observe(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let route = req.extensions().get::<axum::extract::MatchedPath>().map(|p| p.as_str().to_string());
    let resp = next.run(req).await;
    let micros = started.elapsed().as_micros() as u64;
    state.metrics.observe(resp.status().as_u16(), micros);
    tracing::debug!(%method, route = route.as_deref().unwrap_or("-"), status = resp.status().as_u16(), micros, "request");
    resp
}
