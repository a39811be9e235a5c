//! Looks up the facts access decisions need: which organisations a user sees,
//! a unit's ancestry, a person's units.

use crate::error::AppError;
use crate::state::AppState;
use saman_app::records::Organisation;
use saman_domain::{Access, OrgId};

pub use saman_app::clock::{now_local, today};

/// Organisations the user may see, by name.
pub async fn visible_orgs(state: &AppState, access: &Access) -> Result<Vec<Organisation>, AppError> {
    Ok(saman_app::access::visible_orgs(state, access).await?)
}

/// The organisation, if the user may see it; otherwise not found (existence is not revealed).
pub async fn org(state: &AppState, access: &Access, id: OrgId) -> Result<Organisation, AppError> {
    Ok(saman_app::access::org(state, access, id).await?)
}
