//! Who may see and change what. Pure decisions over the grants a user holds and
//! the facts the caller looked up (a unit's ancestry, a person's units).

use crate::{NetworkId, OrgId, PersonId, Role, UnitId};
use serde::{Deserialize, Serialize};

/// One role held by a user account, with the scope it applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "snake_case")]
pub enum Grant {
    Admin,
    Coordinator { network: NetworkId },
    Hr { org: OrgId },
    Leader { org: OrgId, unit: UnitId },
    Employee { org: OrgId },
}

impl Grant {
    pub fn role(&self) -> Role {
        match self {
            Grant::Admin => Role::Admin,
            Grant::Coordinator { .. } => Role::Coordinator,
            Grant::Hr { .. } => Role::Hr,
            Grant::Leader { .. } => Role::Leader,
            Grant::Employee { .. } => Role::Employee,
        }
    }

    pub fn org(&self) -> Option<OrgId> {
        match *self {
            Grant::Hr { org } | Grant::Leader { org, .. } | Grant::Employee { org } => Some(org),
            Grant::Admin | Grant::Coordinator { .. } => None,
        }
    }
}

/// What the signed-in user is: their grants and, if they are an employee somewhere, their person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Access {
    pub grants: Vec<Grant>,
    pub person: Option<(OrgId, PersonId)>,
}

impl Access {
    pub fn is_admin(&self) -> bool {
        self.grants.contains(&Grant::Admin)
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.grants.iter().any(|g| g.role() == role)
    }

    /// Organisations the user works in or administers (not those seen as a coordinator).
    pub fn member_orgs(&self) -> Vec<OrgId> {
        let mut v: Vec<OrgId> = self.grants.iter().filter_map(Grant::org).collect();
        v.sort();
        v.dedup();
        v
    }

    pub fn coordinated_networks(&self) -> Vec<NetworkId> {
        self.grants
            .iter()
            .filter_map(|g| match g {
                Grant::Coordinator { network } => Some(*network),
                _ => None,
            })
            .collect()
    }

    /// Units this user leads in `org` (each with its whole subtree).
    pub fn led_units(&self, org: OrgId) -> Vec<UnitId> {
        self.grants
            .iter()
            .filter_map(|g| match *g {
                Grant::Leader { org: o, unit } if o == org => Some(unit),
                _ => None,
            })
            .collect()
    }

    /// May see that the organisation exists, its unit tree and head counts.
    pub fn sees_org(&self, org: OrgId, network: Option<NetworkId>) -> bool {
        self.is_admin() || self.member_orgs().contains(&org) || network.is_some_and(|n| self.coordinated_networks().contains(&n))
    }

    /// May run organisation-wide HR work: imports, edits, reports with names.
    pub fn manages_org(&self, org: OrgId) -> bool {
        self.is_admin() || self.grants.contains(&Grant::Hr { org })
    }

    /// May see the people of a unit. `ancestry` is the unit itself and all units above it;
    /// `own_units` are the units where the user's own person holds a position.
    pub fn sees_unit_people(&self, org: OrgId, ancestry: &[UnitId], own_units: &[UnitId]) -> bool {
        if self.manages_org(org) {
            return true;
        }
        let leads = self.led_units(org).iter().any(|u| ancestry.contains(u));
        let works_here = self.person.is_some_and(|(o, _)| o == org) && ancestry.first().is_some_and(|u| own_units.contains(u));
        leads || works_here
    }

    /// May see a person's page. `ancestries` holds, for each of the person's current
    /// positions, that unit and all units above it.
    pub fn sees_person(&self, org: OrgId, person: PersonId, ancestries: &[Vec<UnitId>]) -> bool {
        if self.manages_org(org) || self.person == Some((org, person)) {
            return true;
        }
        let led = self.led_units(org);
        ancestries.iter().any(|a| a.iter().any(|u| led.contains(u)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: OrgId = OrgId(1);
    const B: OrgId = OrgId(2);
    const NET: NetworkId = NetworkId(7);

    fn leader_of(unit: i64) -> Access {
        Access { grants: vec![Grant::Leader { org: A, unit: UnitId(unit) }, Grant::Employee { org: A }], person: Some((A, PersonId(100))) }
    }

    #[test]
    fn leader_sees_people_below_and_not_beside_or_elsewhere() {
        let l = leader_of(10);
        assert!(l.sees_unit_people(A, &[UnitId(11), UnitId(10), UnitId(1)], &[]));
        assert!(!l.sees_unit_people(A, &[UnitId(12), UnitId(1)], &[]));
        assert!(!l.sees_unit_people(B, &[UnitId(10)], &[]));
        assert!(l.sees_person(A, PersonId(5), &[vec![UnitId(11), UnitId(10)]]));
        assert!(!l.sees_person(A, PersonId(5), &[vec![UnitId(12), UnitId(1)]]));
        assert!(!l.sees_person(B, PersonId(5), &[vec![UnitId(10)]]));
        assert!(l.sees_person(A, PersonId(100), &[]));
    }

    #[test]
    fn employee_sees_own_unit_and_self_only() {
        let e = Access { grants: vec![Grant::Employee { org: A }], person: Some((A, PersonId(3))) };
        assert!(e.sees_unit_people(A, &[UnitId(4), UnitId(1)], &[UnitId(4)]));
        assert!(!e.sees_unit_people(A, &[UnitId(1)], &[UnitId(4)]));
        assert!(e.sees_person(A, PersonId(3), &[]));
        assert!(!e.sees_person(A, PersonId(9), &[vec![UnitId(4)]]));
        assert!(e.sees_org(A, None));
        assert!(!e.sees_org(B, Some(NET)));
        assert!(!e.manages_org(A));
    }

    #[test]
    fn coordinator_sees_structure_but_not_people() {
        let c = Access { grants: vec![Grant::Coordinator { network: NET }], person: None };
        assert!(c.sees_org(B, Some(NET)));
        assert!(!c.sees_org(B, None));
        assert!(!c.sees_unit_people(B, &[UnitId(1)], &[]));
        assert!(!c.sees_person(B, PersonId(1), &[vec![UnitId(1)]]));
    }

    #[test]
    fn hr_manages_own_org_only_and_admin_everything() {
        let h = Access { grants: vec![Grant::Hr { org: A }], person: None };
        assert!(h.manages_org(A) && !h.manages_org(B));
        assert!(h.sees_person(A, PersonId(1), &[]));
        let a = Access { grants: vec![Grant::Admin], person: None };
        assert!(a.manages_org(B) && a.sees_org(B, None));
    }
}
