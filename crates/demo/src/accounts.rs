//! The fixed demo accounts. Their usernames never change with the size of the
//! demo, so documentation can list them.

use crate::{DemoAccount, DemoGrant, DemoOrg};

/// Index of the hospital trust in [`crate::Demo::orgs`].
pub(crate) const HOSPITAL: usize = 3;

/// Builds the eight accounts from the people placed for them.
/// `reserved[org]` holds `(person, unit)` in the order of `crate::requests_for`.
pub(crate) fn build(orgs: &[DemoOrg], reserved: &[Vec<(usize, usize)>]) -> Vec<DemoAccount> {
    let at = |org: usize, i: usize| reserved.get(org).and_then(|r| r.get(i)).copied();
    let name = |org: usize, person: usize| {
        orgs.get(org).and_then(|o| o.people.get(person)).map(|p| format!("{} {}", p.given_name, p.family_name)).unwrap_or_default()
    };
    let linked = |username: &str, org: usize, slot: usize, grants: &dyn Fn(usize) -> Vec<DemoGrant>| {
        let (person, unit) = at(org, slot).unwrap_or((0, 0));
        DemoAccount { username: username.to_string(), display_name: name(org, person), grants: grants(unit), person: Some((org, person)) }
    };

    vec![
        DemoAccount { username: "admin".into(), display_name: "Systemadministrator".into(), grants: vec![DemoGrant::Admin], person: None },
        DemoAccount {
            username: "koordinator".into(),
            display_name: "Nettverkskoordinator".into(),
            grants: vec![DemoGrant::Coordinator],
            person: None,
        },
        linked("hr", 0, 0, &|_| vec![DemoGrant::Hr { org: 0 }, DemoGrant::Employee { org: 0 }]),
        linked("hr.lindoy", 1, 0, &|_| vec![DemoGrant::Hr { org: 1 }, DemoGrant::Employee { org: 1 }]),
        linked("leder", 0, 1, &|unit| vec![DemoGrant::Leader { org: 0, unit }, DemoGrant::Employee { org: 0 }]),
        linked("leder.skole", 0, 3, &|unit| vec![DemoGrant::Leader { org: 0, unit }, DemoGrant::Employee { org: 0 }]),
        linked("ansatt", 0, 2, &|_| vec![DemoGrant::Employee { org: 0 }]),
        linked("ansatt.sykehus", HOSPITAL, 0, &|_| vec![DemoGrant::Employee { org: HOSPITAL }]),
    ]
}
