//! Tells people of what just happened, by e-mail: the application layer composes and
//! queues the mail, with links to where Saman is reached.

use crate::state::AppState;

pub use saman_app::notify::sweep;

/// Turns the notices written with the change just made into e-mail.
pub async fn deliver(state: &AppState) {
    saman_app::notify::deliver(state, state.cfg.public_url.as_deref()).await;
}
