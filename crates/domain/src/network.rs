//! Networks of employers: who may bring an organisation in, who answers for it, and who
//! may take it out. An organisation belongs to at most one network at a time and keeps
//! its own data whether it joins or leaves.

use crate::{Access, Grant, NetworkId, OrgId};
use serde::{Deserialize, Serialize};

/// Where an invitation to join a network stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvitationState {
    Pending,
    Accepted,
    Declined,
    Withdrawn,
}

impl InvitationState {
    pub const ALL: [InvitationState; 4] =
        [InvitationState::Pending, InvitationState::Accepted, InvitationState::Declined, InvitationState::Withdrawn];

    pub fn code(self) -> &'static str {
        match self {
            InvitationState::Pending => "pending",
            InvitationState::Accepted => "accepted",
            InvitationState::Declined => "declined",
            InvitationState::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<InvitationState> {
        InvitationState::ALL.into_iter().find(|k| k.code() == s)
    }
}

/// An administrator, or the network's coordinator, invites organisations into it.
pub fn may_invite(a: &Access, network: NetworkId) -> bool {
    a.is_admin() || a.grants.contains(&Grant::Coordinator { network })
}

/// The invited organisation answers for itself: its HR, or an administrator.
pub fn may_answer_for(a: &Access, org: OrgId) -> bool {
    a.manages_org(org)
}

/// Why an answer to an invitation is refused, if it is: only a pending invitation is
/// answered, and an organisation already in another network leaves that one first.
pub fn refuse_accept(state: InvitationState, current: Option<NetworkId>, inviting: NetworkId) -> Option<&'static str> {
    if state != InvitationState::Pending {
        return Some("err-invitation-answered");
    }
    match current {
        Some(n) if n == inviting => Some("err-already-in-network"),
        Some(_) => Some("err-in-another-network"),
        None => None,
    }
}

/// Why an invitation cannot be sent, if it cannot.
pub fn refuse_invite(current: Option<NetworkId>, inviting: NetworkId, pending: bool) -> Option<&'static str> {
    if current == Some(inviting) {
        Some("err-already-in-network")
    } else if pending {
        Some("err-invitation-pending")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::UnitId;

    const NET: NetworkId = NetworkId(3);
    const OTHER: NetworkId = NetworkId(4);
    const ORG: OrgId = OrgId(8);

    fn with(grants: Vec<Grant>) -> Access {
        Access { grants, person: None }
    }

    #[test]
    fn the_coordinator_and_administrators_invite_and_no_one_else() {
        assert!(may_invite(&with(vec![Grant::Admin]), NET));
        assert!(may_invite(&with(vec![Grant::Coordinator { network: NET }]), NET));
        assert!(!may_invite(&with(vec![Grant::Coordinator { network: OTHER }]), NET));
        assert!(!may_invite(&with(vec![Grant::Hr { org: ORG }]), NET));
    }

    #[test]
    fn only_the_invited_organisations_hr_or_an_administrator_answers() {
        assert!(may_answer_for(&with(vec![Grant::Hr { org: ORG }]), ORG));
        assert!(may_answer_for(&with(vec![Grant::Admin]), ORG));
        assert!(!may_answer_for(&with(vec![Grant::Hr { org: OrgId(9) }]), ORG));
        assert!(!may_answer_for(&with(vec![Grant::Leader { org: ORG, unit: UnitId(1) }, Grant::Employee { org: ORG }]), ORG));
        assert!(!may_answer_for(&with(vec![Grant::Coordinator { network: NET }]), ORG));
    }

    #[test]
    fn an_answered_invitation_or_a_member_elsewhere_cannot_accept() {
        assert_eq!(refuse_accept(InvitationState::Pending, None, NET), None);
        assert_eq!(refuse_accept(InvitationState::Accepted, None, NET), Some("err-invitation-answered"));
        assert_eq!(refuse_accept(InvitationState::Declined, None, NET), Some("err-invitation-answered"));
        assert_eq!(refuse_accept(InvitationState::Withdrawn, None, NET), Some("err-invitation-answered"));
        assert_eq!(refuse_accept(InvitationState::Pending, Some(OTHER), NET), Some("err-in-another-network"));
        assert_eq!(refuse_accept(InvitationState::Pending, Some(NET), NET), Some("err-already-in-network"));
    }

    #[test]
    fn members_and_organisations_already_asked_are_not_invited_again() {
        assert_eq!(refuse_invite(None, NET, false), None);
        assert_eq!(refuse_invite(Some(OTHER), NET, false), None);
        assert_eq!(refuse_invite(Some(NET), NET, false), Some("err-already-in-network"));
        assert_eq!(refuse_invite(None, NET, true), Some("err-invitation-pending"));
    }

    #[test]
    fn states_read_back_from_their_codes() {
        for s in InvitationState::ALL {
            assert_eq!(InvitationState::parse(s.code()), Some(s));
        }
        assert_eq!(InvitationState::parse("maybe"), None);
    }
}
