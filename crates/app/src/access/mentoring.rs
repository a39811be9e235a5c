//! Who coordinates and who sees a mentoring programme.

use super::mobility::Seat;
use saman_domain::experts::{OfferScope, Visibility};
use saman_domain::{Access, OrgId, PersonId};
use saman_store::{Participant, Programme};

/// HR in the programme's organisation (or an administrator) runs it.
pub fn coordinates(access: &Access, p: &Programme) -> bool {
    access.manages_org(p.org)
}

/// Everyone the programme reaches (its organisation, or the network) sees it.
pub fn sees(access: &Access, seat: &Seat, p: &Programme) -> bool {
    let Some(org) = seat.org(p.org) else { return access.is_admin() };
    let scope = OfferScope { org: p.org, network: org.network_id, person: PersonId(0), visibility: p.reach, ancestries: vec![] };
    coordinates(access, p) || p.reach != Visibility::Unit && access.sees_offer(&seat.viewer, &scope)
}

/// The participant is the actor.
pub fn is_me(access: &Access, x: &Participant) -> bool {
    access.person == Some((x.person_org, x.person))
}

/// The organisation a new programme belongs to: the first where the actor does HR.
pub fn org_for_new(access: &Access) -> Option<OrgId> {
    access.member_orgs().into_iter().find(|o| access.manages_org(*o))
}
