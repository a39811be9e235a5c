//! Looks up the facts access decisions need: which organisations a user sees,
//! a unit's ancestry, a person's units.

use crate::error::AppError;
use crate::state::AppState;
use saman_domain::tree::Tree;
use saman_domain::{Access, OrgId, PersonId, UnitId};
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

/// Units where the user's own person holds a current position in `org`.
pub async fn own_units(state: &AppState, access: &Access, org: OrgId) -> Result<Vec<UnitId>, AppError> {
    Ok(saman_app::access::own_units(state, access, org).await?)
}

/// Whether the user may see a person: loads the person's units and asks the policy.
pub async fn sees_person(state: &AppState, access: &Access, org: OrgId, person: PersonId, tree: &Tree) -> Result<bool, AppError> {
    Ok(saman_app::access::sees_person(state, access, org, person, tree).await?)
}

/// Where things people share (expert-pool offers, practice notes) may come from for this user,
/// and what the visibility policy needs to know about the user.
pub async fn sharing(state: &AppState, access: &Access) -> Result<(saman_domain::experts::Viewer, Vec<Organisation>), AppError> {
    Ok(saman_app::access::sharing(state, access).await?)
}
