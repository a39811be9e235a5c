//! Looks up the facts access decisions need: which organisations a user sees,
//! a unit's ancestry, a person's units.

use crate::error::AppError;
use crate::state::AppState;
use chrono::NaiveDate;
use saman_domain::tree::Tree;
use saman_domain::{Access, OrgId, PersonId, UnitId};
use saman_store::Organisation;

pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// The wall-clock time in Norway, as session times are kept.
pub fn now_local() -> chrono::NaiveDateTime {
    chrono::Utc::now().with_timezone(&chrono_tz::Europe::Oslo).naive_local()
}

/// Organisations the user may see, by name.
pub async fn visible_orgs(state: &AppState, access: &Access) -> Result<Vec<Organisation>, AppError> {
    let all = state.db.orgs().organisations().await?;
    Ok(all.into_iter().filter(|o| access.sees_org(o.id, o.network_id)).collect())
}

/// The organisation, if the user may see it; otherwise not found (existence is not revealed).
pub async fn org(state: &AppState, access: &Access, id: OrgId) -> Result<Organisation, AppError> {
    let o = state.db.orgs().organisation(id).await?;
    if access.sees_org(o.id, o.network_id) { Ok(o) } else { Err(AppError::NotFound) }
}

/// Units where the user's own person holds a current position in `org`.
pub async fn own_units(state: &AppState, access: &Access, org: OrgId) -> Result<Vec<UnitId>, AppError> {
    match access.person {
        Some((o, p)) if o == org => {
            Ok(state.db.people().positions_of(p).await?.into_iter().filter(|pos| pos.is_current(today())).map(|pos| pos.unit).collect())
        }
        _ => Ok(vec![]),
    }
}

/// Whether the user may see a person: loads the person's units and asks the policy.
pub async fn sees_person(state: &AppState, access: &Access, org: OrgId, person: PersonId, tree: &Tree) -> Result<bool, AppError> {
    let positions = state.db.people().positions_of(person).await?;
    let ancestries: Vec<Vec<UnitId>> = positions.iter().filter(|p| p.is_current(today())).map(|p| tree.ancestry(p.unit)).collect();
    Ok(access.sees_person(org, person, &ancestries))
}

/// Where things people share (expert-pool offers, practice notes) may come from for this user,
/// and what the visibility policy needs to know about the user.
pub async fn sharing(state: &AppState, access: &Access) -> Result<(saman_domain::experts::Viewer, Vec<Organisation>), AppError> {
    let all = state.db.orgs().organisations().await?;
    let member = access.member_orgs();
    let networks: Vec<_> = all.iter().filter(|o| member.contains(&o.id)).filter_map(|o| o.network_id).collect();
    let own_units = match access.person {
        Some((o, _)) => own_units(state, access, o).await?,
        None => vec![],
    };
    let orgs = all
        .into_iter()
        .filter(|o| {
            access.is_admin()
                || member.contains(&o.id)
                || o.network_id.is_some_and(|n| networks.contains(&n) || access.coordinated_networks().contains(&n))
        })
        .collect();
    Ok((saman_domain::experts::Viewer { own_units, networks }, orgs))
}
