//! Organisations, their units and networks as people look at them.

use crate::orgview::OrgView;
use crate::{Actor, App, Error, Result, access};
use saman_domain::{OrgId, PersonId, Role, UnitId};
use saman_store::{Network, Organisation, Unit, UnitMember};
use std::sync::Arc;

/// An organisation with how many people work there and its network's name.
pub struct OrgSummary {
    pub org: Organisation,
    pub people: i64,
    pub network: Option<String>,
}

/// Every organisation the actor sees.
pub async fn organisations(app: &App, actor: &Actor) -> Result<Vec<OrgSummary>> {
    let networks = app.db.orgs().networks().await?;
    let mut out = vec![];
    for org in access::visible_orgs(app, &actor.access).await? {
        let people = app.view(org.id).await?.people as i64;
        let network = org.network_id.and_then(|n| networks.iter().find(|x| x.id == n)).map(|n| n.name.clone());
        out.push(OrgSummary { org, people, network });
    }
    Ok(out)
}

/// One organisation with its structure, if the actor sees it.
pub async fn organisation(app: &App, actor: &Actor, id: OrgId) -> Result<(OrgSummary, Arc<OrgView>)> {
    let org = access::org(app, &actor.access, id).await?;
    let view = app.view(org.id).await?;
    let network = match org.network_id {
        Some(n) => Some(app.db.orgs().network(n).await?.name),
        None => None,
    };
    Ok((OrgSummary { org, people: view.people as i64, network }, view))
}

/// The networks an administrator or coordinator sees, each with its organisations.
pub async fn networks(app: &App, actor: &Actor) -> Result<Vec<(Network, Vec<OrgSummary>)>> {
    let a = &actor.access;
    if !(a.is_admin() || a.has_role(Role::Coordinator)) {
        return Err(Error::Forbidden);
    }
    let coordinated = a.coordinated_networks();
    let all = app.db.orgs().organisations().await?;
    let mut out = vec![];
    for n in app.db.orgs().networks().await? {
        if !a.is_admin() && !coordinated.contains(&n.id) {
            continue;
        }
        let mut orgs = vec![];
        for org in all.iter().filter(|o| o.network_id == Some(n.id)) {
            let people = app.view(org.id).await?.people as i64;
            orgs.push(OrgSummary { org: org.clone(), people, network: None });
        }
        out.push((n, orgs));
    }
    Ok(out)
}

/// A unit, its organisation and its head count, if the actor sees the organisation.
pub async fn unit(app: &App, actor: &Actor, id: UnitId) -> Result<(Unit, Organisation, Arc<OrgView>)> {
    let unit = app.db.orgs().unit(id).await?;
    let org = access::org(app, &actor.access, unit.org).await?;
    let view = app.view(org.id).await?;
    Ok((unit, org, view))
}

/// A unit as its page shows it.
pub struct UnitCard {
    pub unit: Unit,
    pub org: Organisation,
    pub view: Arc<OrgView>,
    /// From the unit up to its top unit.
    pub ancestry: Vec<UnitId>,
    /// The people working here, each with whether the actor may open their page; `None`
    /// when the actor may not see who works here.
    pub members: Option<Vec<(UnitMember, bool)>>,
    /// The leader's person, name, and whether the actor may open their page.
    pub leader: Option<(PersonId, String, bool)>,
    pub sees_forecast: bool,
}

pub async fn unit_card(app: &App, actor: &Actor, id: UnitId) -> Result<UnitCard> {
    let a = &actor.access;
    let (unit, org, view) = unit(app, actor, id).await?;
    let ancestry = view.tree.ancestry(unit.id);
    let own = access::own_units(app, a, org.id).await?;
    let members = if a.sees_unit_people(org.id, &ancestry, &own) {
        // Everyone listed works here, so the policy needs no more than this unit's ancestry.
        let members = app.db.people().members_of(unit.id, crate::clock::today()).await?;
        let anc = std::slice::from_ref(&ancestry);
        Some(members.into_iter().map(|m| (a.sees_person(org.id, m.person, anc), m)).map(|(l, m)| (m, l)).collect())
    } else {
        None
    };
    let leader = match unit.leader {
        Some(p) => {
            let person = app.db.people().person(p).await?;
            let link = access::sees_person(app, a, org.id, p, &view.tree).await?;
            Some((p, person.full_name(), link))
        }
        None => None,
    };
    let sees_forecast = access::may_see_ages(a, org.id, &ancestry);
    Ok(UnitCard { unit, org, view, ancestry, members, leader, sees_forecast })
}
