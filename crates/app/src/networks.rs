//! Networks of employers: an administrator creates one with its coordinator; the
//! coordinator invites organisations; each organisation's own HR (or an administrator)
//! accepts or declines, and may later leave, keeping its own data.

use crate::{Actor, App, Error, Problems, Result, access};
use saman_domain::network::{may_answer_for, may_invite};
use saman_domain::{NetworkId, OrgId, Role, parse};
use saman_store::{Invitation, Network, Organisation};

/// A new network as someone entered it.
#[derive(Debug, Clone, Default)]
pub struct NetworkDraft {
    pub name: String,
    /// The coordinator's user name; empty means the one creating it.
    pub coordinator: String,
}

/// An administrator creates a network and names its coordinator (an existing account).
pub async fn create(app: &App, actor: &Actor, d: &NetworkDraft) -> Result<NetworkId> {
    if !actor.access.is_admin() {
        return Err(Error::Forbidden);
    }
    let mut p = Problems::default();
    let name = p.check("name", parse::text(&d.name, 200));
    let coordinator = match d.coordinator.trim() {
        "" => actor.user,
        username => match app.db.users().by_username(username).await? {
            Some((u, _)) => Some(u.id),
            None => {
                p.add("coordinator", "err-unknown-user");
                None
            }
        },
    };
    p.done()?;
    let name = name.ok_or(Error::invalid("name", "err-required"))?;
    Ok(app.db.networks().create(&actor.audit(), &name, coordinator).await?)
}

/// A network as its coordinator sees it: members, invitations sent, and the organisations
/// that could be invited (by name only: that an employer exists is no secret).
pub struct NetworkPage {
    pub network: Network,
    pub members: Vec<Organisation>,
    pub invitations: Vec<Invitation>,
    pub invitable: Vec<(OrgId, String)>,
    pub may_invite: bool,
}

fn sees_network(actor: &Actor, network: NetworkId) -> bool {
    actor.access.is_admin() || actor.access.coordinated_networks().contains(&network)
}

pub async fn page(app: &App, actor: &Actor, id: NetworkId) -> Result<NetworkPage> {
    if !sees_network(actor, id) {
        return Err(Error::NotFound);
    }
    let network = app.db.orgs().network(id).await?;
    let all = app.db.orgs().organisations().await?;
    let invitations = app.db.networks().invitations_from(id).await?;
    let pending = |o: OrgId| invitations.iter().any(|i| i.org == o && i.state == saman_domain::network::InvitationState::Pending);
    let invitable = all.iter().filter(|o| o.network_id != Some(id) && !pending(o.id)).map(|o| (o.id, o.name.clone())).collect();
    let members = all.into_iter().filter(|o| o.network_id == Some(id)).collect();
    Ok(NetworkPage { network, members, invitations, invitable, may_invite: may_invite(&actor.access, id) })
}

/// The coordinator (or an administrator) invites an organisation.
pub async fn invite(app: &App, actor: &Actor, network: NetworkId, org: OrgId) -> Result<Invitation> {
    if !sees_network(actor, network) {
        return Err(Error::NotFound);
    }
    if !may_invite(&actor.access, network) {
        return Err(Error::Forbidden);
    }
    app.db.orgs().network(network).await?;
    if app.db.orgs().organisation(org).await.is_err() {
        return Err(Error::invalid("organisation", "err-bad-choice"));
    }
    let id = app.db.networks().invite(&actor.audit(), network, org).await?;
    Ok(app.db.networks().invitation(id).await?)
}

/// One invitation, for the invited organisation's HR, the network's coordinator, or an
/// administrator; others do not learn that it exists.
pub async fn invitation(app: &App, actor: &Actor, id: i64) -> Result<Invitation> {
    let inv = app.db.networks().invitation(id).await?;
    if may_answer_for(&actor.access, inv.org) || sees_network(actor, inv.network) { Ok(inv) } else { Err(Error::NotFound) }
}

/// An organisation's place in networks: its network, and invitations to it.
pub struct Membership {
    pub org: Organisation,
    pub network: Option<Network>,
    pub invitations: Vec<Invitation>,
    /// Whether the actor answers for the organisation (accepts, declines, leaves).
    pub answers: bool,
}

pub async fn membership(app: &App, actor: &Actor, org: OrgId) -> Result<Membership> {
    let org = access::org(app, &actor.access, org).await?;
    let answers = may_answer_for(&actor.access, org.id);
    if !answers && !actor.access.has_role(Role::Coordinator) {
        return Err(Error::Forbidden);
    }
    let network = match org.network_id {
        Some(n) => Some(app.db.orgs().network(n).await?),
        None => None,
    };
    let invitations = if answers { app.db.networks().invitations_to(org.id).await? } else { vec![] };
    Ok(Membership { org, network, invitations, answers })
}

/// Invitations waiting for the actor's answer: to organisations where they do HR work
/// (administrators: to any organisation).
pub async fn waiting(app: &App, actor: &Actor) -> Result<Vec<Invitation>> {
    let mut out = vec![];
    for o in access::visible_orgs(app, &actor.access).await? {
        if may_answer_for(&actor.access, o.id) {
            let pending = app.db.networks().invitations_to(o.id).await?;
            out.extend(pending.into_iter().filter(|i| i.state == saman_domain::network::InvitationState::Pending));
        }
    }
    Ok(out)
}

/// The invited organisation's HR (or an administrator) accepts or declines.
pub async fn answer(app: &App, actor: &Actor, invitation: i64, accept: bool) -> Result<Invitation> {
    let inv = app.db.networks().invitation(invitation).await?;
    if !may_answer_for(&actor.access, inv.org) {
        // Others do not learn that the invitation exists.
        return Err(if actor.access.member_orgs().contains(&inv.org) { Error::Forbidden } else { Error::NotFound });
    }
    Ok(app.db.networks().answer(&actor.audit(), invitation, accept).await?)
}

/// The organisation's HR (or an administrator) takes it out of its network. Its people,
/// units and records stay; the network's coordinator no longer sees them.
pub async fn leave(app: &App, actor: &Actor, org: OrgId) -> Result<NetworkId> {
    access::managed_org(app, &actor.access, org).await?;
    Ok(app.db.networks().leave(&actor.audit(), org).await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use saman_domain::network::InvitationState;
    use saman_domain::{Access, Grant, OrgKind, UserId};

    fn actor(grants: Vec<Grant>) -> Actor {
        Actor::user(UserId(99), "someone", Access { grants, person: None })
    }

    async fn two_orgs() -> (App, OrgId, OrgId) {
        let app = App::new(saman_store::testing::fresh_db().await);
        let a = app.db.orgs().create_organisation(None, "Fjordvik kommune", OrgKind::Municipality, None).await.unwrap();
        let b = app.db.orgs().create_organisation(None, "Helse Fjord HF", OrgKind::HospitalTrust, None).await.unwrap();
        (app, a, b)
    }

    #[tokio::test]
    async fn an_invited_organisation_joins_when_its_hr_accepts_and_leaves_with_its_data() {
        let (app, a, b) = two_orgs().await;
        let admin = Actor::system("test");
        let net = create(&app, &admin, &NetworkDraft { name: "Fjordnettverket".into(), coordinator: String::new() }).await.unwrap();
        let coordinator = actor(vec![Grant::Coordinator { network: net }]);
        let inv = invite(&app, &coordinator, net, b).await.unwrap().id;
        // Asking twice is refused while the first is open.
        assert!(matches!(invite(&app, &coordinator, net, b).await, Err(Error::Conflict { key: "err-invitation-pending", .. })));
        // HR elsewhere neither answers nor learns of it; HR in the organisation itself does.
        let hr_a = actor(vec![Grant::Hr { org: a }]);
        assert!(matches!(answer(&app, &hr_a, inv, true).await, Err(Error::NotFound)));
        let hr_b = actor(vec![Grant::Hr { org: b }]);
        assert!(waiting(&app, &hr_a).await.unwrap().is_empty());
        assert_eq!(waiting(&app, &hr_b).await.unwrap().iter().map(|i| i.id).collect::<Vec<_>>(), vec![inv]);
        let answered = answer(&app, &hr_b, inv, true).await.unwrap();
        assert!(waiting(&app, &hr_b).await.unwrap().is_empty());
        assert_eq!(answered.state, InvitationState::Accepted);
        assert_eq!(app.db.orgs().organisation(b).await.unwrap().network_id, Some(net));
        assert!(matches!(answer(&app, &hr_b, inv, false).await, Err(Error::Conflict { key: "err-invitation-answered", .. })));
        let page = page(&app, &coordinator, net).await.unwrap();
        assert_eq!(page.members.iter().map(|o| o.id).collect::<Vec<_>>(), vec![b]);
        assert!(page.invitable.iter().any(|(id, _)| *id == a) && !page.invitable.iter().any(|(id, _)| *id == b));
        // The coordinator may not take the organisation out; its HR may.
        assert!(leave(&app, &coordinator, b).await.is_err());
        let people_before = app.db.people().count(b).await.unwrap();
        assert_eq!(leave(&app, &hr_b, b).await.unwrap(), net);
        assert_eq!(app.db.orgs().organisation(b).await.unwrap().network_id, None);
        assert_eq!(app.db.people().count(b).await.unwrap(), people_before);
        assert!(matches!(leave(&app, &hr_b, b).await, Err(Error::Conflict { key: "err-not-in-network", .. })));
    }

    #[tokio::test]
    async fn only_administrators_create_networks_and_only_their_coordinators_invite() {
        let (app, a, b) = two_orgs().await;
        let hr = actor(vec![Grant::Hr { org: a }]);
        let draft = NetworkDraft { name: "Nettverk".into(), coordinator: String::new() };
        assert!(matches!(create(&app, &hr, &draft).await, Err(Error::Forbidden)));
        let net = create(&app, &Actor::system("test"), &draft).await.unwrap();
        let other = actor(vec![Grant::Coordinator { network: NetworkId(net.0 + 1) }]);
        assert!(matches!(invite(&app, &other, net, b).await, Err(Error::NotFound)));
        assert!(matches!(invite(&app, &hr, net, b).await, Err(Error::NotFound)));
        assert!(matches!(page(&app, &hr, net).await, Err(Error::NotFound)));
        let unknown = NetworkDraft { name: "N".into(), coordinator: "ingen-slik".into() };
        assert!(matches!(create(&app, &Actor::system("test"), &unknown).await, Err(Error::Invalid(p)) if p[0].key == "err-unknown-user"));
    }

    #[tokio::test]
    async fn a_member_of_another_network_leaves_it_before_accepting() {
        let (app, _, b) = two_orgs().await;
        let admin = Actor::system("test");
        let first = create(&app, &admin, &NetworkDraft { name: "Første".into(), coordinator: String::new() }).await.unwrap();
        let second = create(&app, &admin, &NetworkDraft { name: "Andre".into(), coordinator: String::new() }).await.unwrap();
        let i1 = invite(&app, &admin, first, b).await.unwrap().id;
        let i2 = invite(&app, &admin, second, b).await.unwrap().id;
        answer(&app, &admin, i1, true).await.unwrap();
        assert!(matches!(answer(&app, &admin, i2, true).await, Err(Error::Conflict { key: "err-in-another-network", .. })));
        assert!(matches!(invite(&app, &admin, first, b).await, Err(Error::Conflict { key: "err-already-in-network", .. })));
        let declined = answer(&app, &admin, i2, false).await.unwrap();
        assert_eq!(declined.state, InvitationState::Declined);
    }
}
