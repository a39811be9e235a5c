use crate::authcache::AuthCache;
use crate::limit::RateLimiter;
use crate::metrics::Metrics;
use saman_app::{App, Db};
use std::sync::Arc;

/// Settings the web layer needs, built once by the binary and passed down.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Mark cookies `Secure` and use `__Host-` names (set when served over HTTPS).
    pub secure_cookies: bool,
    /// How long a sign-in lasts.
    pub session_hours: i64,
    /// Where people reach Saman (e.g. `https://saman.kommune.no`), for links in e-mail.
    pub public_url: Option<String>,
    /// How long confirming a holdings import waits for it before showing its progress instead.
    pub import_wait: std::time::Duration,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig { secure_cookies: false, session_hours: 12, public_url: None, import_wait: std::time::Duration::from_secs(2) }
    }
}

/// What every request handler gets: the application and the web layer's own parts.
/// It dereferences to the [`App`], so handlers pass `&state` to use cases.
#[derive(Clone)]
pub struct AppState {
    pub app: App,
    pub cfg: Arc<WebConfig>,
    pub limiter: Arc<RateLimiter>,
    pub metrics: Arc<Metrics>,
    pub sessions: Arc<AuthCache>,
}

impl AppState {
    pub fn new(db: Db, cfg: WebConfig) -> AppState {
        AppState {
            app: App::new(db),
            cfg: Arc::new(cfg),
            limiter: Arc::new(RateLimiter::new(10, 300)),
            metrics: Arc::new(Metrics::default()),
            sessions: Arc::new(AuthCache::default()),
        }
    }
}

impl std::ops::Deref for AppState {
    type Target = App;

    fn deref(&self) -> &App {
        &self.app
    }
}
