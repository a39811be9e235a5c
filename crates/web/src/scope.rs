//! Looks up the facts access decisions need: which organisations a user sees,
//! a unit's ancestry, a person's units.

use crate::error::AppError;
use crate::state::AppState;
use saman_domain::{Access, OrgId};
use saman_store::Organisation;

pub use saman_app::clock::{now_local, today};

/// Organisations the user may see, by name.
pub async fn visible_orgs(state: &AppState, access: &Access) -> Result<Vec<Organisation>, AppError> {
    Ok(saman_app::access::visible_orgs(state, access).await?)
}

/// The organisation, if the user may see it; otherwise not found (existence is not revealed).
pub async fn org(state: &AppState, access: &Access, id: OrgId) -> Result<Organisation, AppError> {
    Ok(saman_app::access::org(state, access, id).await?)
}

/// Where things people share (expert-pool offers, practice notes) may come from for this user,
/// and what the visibility policy needs to know about the user.
pub async fn sharing(state: &AppState, access: &Access) -> Result<(saman_domain::experts::Viewer, Vec<Organisation>), AppError> {
    Ok(saman_app::access::sharing(state, access).await?)
}
