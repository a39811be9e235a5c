//! Who may see or change what. Every use case asks here once, before it reads or writes
//! anything else; the decisions themselves are pure functions over the actor's grants and
//! the facts looked up here (a person's units and the units above them).
//!
//! Two answers, never mixed up: [`Error::NotFound`] when the actor may not know the thing
//! exists, [`Error::Forbidden`] when they see it but may not do this to it.

pub mod learning;
pub mod mentoring;
pub mod mobility;
mod positions;

pub use positions::Positions;

use crate::{Actor, App, Error, Result};
use saman_domain::{Access, OrgId, PersonId, UnitId};
use saman_store::{Organisation, Person};

/// Organisations the actor may see, by name.
pub async fn visible_orgs(app: &App, access: &Access) -> Result<Vec<Organisation>> {
    let all = app.db.orgs().organisations().await?;
    Ok(all.into_iter().filter(|o| access.sees_org(o.id, o.network_id)).collect())
}

/// Units where the actor's own person holds a current position in `org`.
pub async fn own_units(app: &App, access: &Access, org: OrgId) -> Result<Vec<UnitId>> {
    let today = crate::clock::today();
    match access.person {
        Some((o, p)) if o == org => {
            Ok(app.db.people().positions_of(p).await?.into_iter().filter(|pos| pos.is_current(today)).map(|pos| pos.unit).collect())
        }
        _ => Ok(vec![]),
    }
}

/// Where things people share (expert-pool offers, practice notes, opportunities) may come
/// from for this actor, and what the visibility policy needs to know about them.
pub async fn sharing(app: &App, access: &Access) -> Result<(saman_domain::experts::Viewer, Vec<Organisation>)> {
    let all = app.db.orgs().organisations().await?;
    let member = access.member_orgs();
    let networks: Vec<_> = all.iter().filter(|o| member.contains(&o.id)).filter_map(|o| o.network_id).collect();
    let own_units = match access.person {
        Some((o, _)) => own_units(app, access, o).await?,
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

/// The organisation, if the actor may see it; otherwise not found.
pub async fn org(app: &App, access: &Access, id: OrgId) -> Result<Organisation> {
    let o = app.db.orgs().organisation(id).await?;
    if access.sees_org(o.id, o.network_id) { Ok(o) } else { Err(Error::NotFound) }
}

/// The organisation, if the actor does HR there (or administers Saman): not found when they
/// may not see it, forbidden when they see it but do not manage it.
pub async fn managed_org(app: &App, access: &Access, id: OrgId) -> Result<Organisation> {
    let o = org(app, access, id).await?;
    if access.manages_org(o.id) { Ok(o) } else { Err(Error::Forbidden) }
}

/// A person as the actor reaches them: the person, and for each of their current positions
/// the unit and every unit above it.
#[derive(Debug, Clone)]
pub struct Reach {
    pub person: Person,
    pub ancestries: Vec<Vec<UnitId>>,
}

/// The units above each current position of `person` (each list starts at the top).
pub async fn ancestries(app: &App, org: OrgId, person: PersonId) -> Result<Vec<Vec<UnitId>>> {
    let view = app.orgs.get(&app.db, org).await?;
    let today = crate::clock::today();
    Ok(app.db.people().positions_of(person).await?.iter().filter(|p| p.is_current(today)).map(|p| view.tree.ancestry(p.unit)).collect())
}

/// Whether the actor may see a person of `org`, given the organisation's tree.
pub async fn sees_person(app: &App, access: &Access, org: OrgId, person: PersonId, tree: &saman_domain::tree::Tree) -> Result<bool> {
    let today = crate::clock::today();
    let positions = app.db.people().positions_of(person).await?;
    let ancestries: Vec<Vec<UnitId>> = positions.iter().filter(|p| p.is_current(today)).map(|p| tree.ancestry(p.unit)).collect();
    Ok(access.sees_person(org, person, &ancestries))
}

/// The person, if the actor may see them.
pub async fn person(app: &App, actor: &Actor, id: PersonId) -> Result<Reach> {
    let person = app.db.people().person(id).await?;
    let o = org(app, &actor.access, person.org).await?;
    let ancestries = ancestries(app, o.id, person.id).await?;
    if !actor.access.sees_person(o.id, person.id, &ancestries) {
        return Err(Error::NotFound);
    }
    Ok(Reach { person, ancestries })
}

/// The person, if the actor may change their competence profile.
pub async fn profile_editor(app: &App, actor: &Actor, id: PersonId) -> Result<Reach> {
    let r = person(app, actor, id).await?;
    if !may_edit_profile(&actor.access, r.person.org, r.person.id, &r.ancestries) {
        return Err(Error::Forbidden);
    }
    Ok(r)
}

/// May change the person's competence profile: the person, their leader, or HR.
pub fn may_edit_profile(access: &Access, org: OrgId, person: PersonId, ancestries: &[Vec<UnitId>]) -> bool {
    access.person == Some((org, person)) || access.manages_org(org) || leads(access, org, ancestries)
}

/// May confirm a holding: a leader above the person, or HR — never the person themself.
pub fn may_verify(access: &Access, org: OrgId, person: PersonId, ancestries: &[Vec<UnitId>]) -> bool {
    access.person != Some((org, person)) && may_edit_profile(access, org, person, ancestries)
}

/// Leads a unit at or above one of the given positions.
pub fn leads(access: &Access, org: OrgId, ancestries: &[Vec<UnitId>]) -> bool {
    let led = access.led_units(org);
    ancestries.iter().any(|a| a.iter().any(|u| led.contains(u)))
}

/// May see the age profile of a unit (whose ancestry, from the top, is `ancestry`): HR of the
/// organisation or a leader of the unit or a unit above it. Ages of people are personal data;
/// a coordinator or a colleague sees the forecast's structure, not its people.
pub fn may_see_ages(access: &Access, org: OrgId, ancestry: &[UnitId]) -> bool {
    access.manages_org(org) || leads(access, org, &[ancestry.to_vec()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use saman_domain::{Grant, NetworkId};

    fn access(grants: Vec<Grant>, person: Option<(OrgId, PersonId)>) -> Access {
        Access { grants, person }
    }

    const ORG: OrgId = OrgId(1);
    const ME: PersonId = PersonId(7);

    #[test]
    fn the_person_their_leader_and_hr_edit_a_profile_and_nobody_else() {
        let anc = vec![vec![UnitId(1), UnitId(2), UnitId(3)]];
        let me = access(vec![Grant::Employee { org: ORG }], Some((ORG, ME)));
        let colleague = access(vec![Grant::Employee { org: ORG }], Some((ORG, PersonId(8))));
        let leader_above = access(vec![Grant::Leader { org: ORG, unit: UnitId(2) }], Some((ORG, PersonId(9))));
        let leader_beside = access(vec![Grant::Leader { org: ORG, unit: UnitId(4) }], Some((ORG, PersonId(9))));
        let leader_elsewhere = access(vec![Grant::Leader { org: OrgId(2), unit: UnitId(2) }], None);
        let hr = access(vec![Grant::Hr { org: ORG }], None);
        let coordinator = access(vec![Grant::Coordinator { network: NetworkId(1) }], None);
        assert!(may_edit_profile(&me, ORG, ME, &anc));
        assert!(may_edit_profile(&leader_above, ORG, ME, &anc));
        assert!(may_edit_profile(&hr, ORG, ME, &anc));
        assert!(!may_edit_profile(&colleague, ORG, ME, &anc));
        assert!(!may_edit_profile(&leader_beside, ORG, ME, &anc));
        assert!(!may_edit_profile(&leader_elsewhere, ORG, ME, &anc));
        assert!(!may_edit_profile(&coordinator, ORG, ME, &anc));
        // Verifying is the same minus the person themself.
        assert!(!may_verify(&me, ORG, ME, &anc));
        assert!(may_verify(&leader_above, ORG, ME, &anc));
        assert!(may_verify(&hr, ORG, ME, &anc));
        assert!(!may_verify(&colleague, ORG, ME, &anc));
    }

    #[test]
    fn ages_are_for_hr_and_the_units_leaders_only() {
        let unit = [UnitId(1), UnitId(2), UnitId(3)];
        let hr = access(vec![Grant::Hr { org: ORG }], None);
        let leader_above = access(vec![Grant::Leader { org: ORG, unit: UnitId(2) }], None);
        let leader_below = access(vec![Grant::Leader { org: ORG, unit: UnitId(4) }], None);
        let employee = access(vec![Grant::Employee { org: ORG }], Some((ORG, ME)));
        let coordinator = access(vec![Grant::Coordinator { network: NetworkId(1) }], None);
        let other_hr = access(vec![Grant::Hr { org: OrgId(2) }], None);
        assert!(may_see_ages(&hr, ORG, &unit));
        assert!(may_see_ages(&leader_above, ORG, &unit));
        assert!(!may_see_ages(&leader_below, ORG, &unit));
        assert!(!may_see_ages(&employee, ORG, &unit));
        assert!(!may_see_ages(&coordinator, ORG, &unit));
        assert!(!may_see_ages(&other_hr, ORG, &unit));
    }
}
