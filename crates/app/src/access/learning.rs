//! Who may do what with learning activities, cohorts and enrolments.

use saman_domain::{Access, OrgId, PersonId, UnitId};
use saman_store::Cohort;

/// Whether the actor sees an organisation's activities: they work or do HR there, or
/// administer Saman.
pub fn sees_activities(access: &Access, org: OrgId) -> bool {
    access.is_admin() || access.member_orgs().contains(&org)
}

/// What the actor may do with one organisation's activities.
#[derive(Debug, Clone)]
pub struct Who {
    /// HR in the organisation, or an administrator.
    pub manage: bool,
    pub me: Option<PersonId>,
    pub led: Vec<UnitId>,
}

impl Who {
    pub fn of(access: &Access, org: OrgId) -> Who {
        Who { manage: access.manages_org(org), me: access.person.filter(|(o, _)| *o == org).map(|(_, p)| p), led: access.led_units(org) }
    }

    /// Runs the cohort: sessions, attendance, passing, completion.
    pub fn runs(&self, c: &Cohort) -> bool {
        self.manage || self.me.is_some_and(|m| c.facilitators.contains(&m))
    }

    /// Leads one of the person's units (or a unit above one).
    pub fn leads(&self, ancestries: &[Vec<UnitId>]) -> bool {
        ancestries.iter().any(|a| a.iter().any(|u| self.led.contains(u)))
    }

    /// May see the person among a cohort's participants.
    pub fn sees(&self, c: &Cohort, person: PersonId, ancestries: &[Vec<UnitId>]) -> bool {
        self.runs(c) || self.me == Some(person) || self.leads(ancestries)
    }

    /// May enrol others: HR anyone in the organisation, a leader the people they lead.
    pub fn enrols_others(&self) -> bool {
        self.manage || !self.led.is_empty()
    }

    /// May cancel the person's enrolment: the person, their leader, HR or the facilitator.
    /// `leads` says whether the actor leads the person ([`Who::leads`]).
    pub fn may_cancel(&self, c: &Cohort, person: PersonId, leads: bool) -> bool {
        self.manage || leads || self.runs(c) || self.me == Some(person)
    }

    /// May approve the person's enrolment: HR, or their leader; approving oneself is not approval.
    pub fn may_approve(&self, person: PersonId, leads: bool) -> bool {
        self.manage || leads && self.me != Some(person)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use saman_domain::Grant;

    const ORG: OrgId = OrgId(1);
    const ME: PersonId = PersonId(10);
    const OTHER: PersonId = PersonId(11);

    fn who(grants: Vec<Grant>, person: bool) -> Who {
        Who::of(&Access { grants, person: person.then_some((ORG, ME)) }, ORG)
    }

    fn cohort(facilitators: Vec<PersonId>) -> Cohort {
        Cohort { id: 1, org: ORG, activity: 1, name: "Kull".into(), capacity: 5, facilitators }
    }

    #[test]
    fn members_and_administrators_see_activities_and_nobody_else() {
        assert!(sees_activities(&Access { grants: vec![Grant::Employee { org: ORG }], person: None }, ORG));
        assert!(sees_activities(&Access { grants: vec![Grant::Admin], person: None }, ORG));
        assert!(!sees_activities(&Access { grants: vec![Grant::Employee { org: OrgId(2) }], person: None }, ORG));
    }

    #[test]
    fn a_facilitator_runs_only_their_own_cohort_and_hr_runs_every_one() {
        let me = who(vec![Grant::Employee { org: ORG }], true);
        assert!(me.runs(&cohort(vec![ME])));
        assert!(!me.runs(&cohort(vec![OTHER])));
        assert!(who(vec![Grant::Hr { org: ORG }], false).runs(&cohort(vec![])));
    }

    #[test]
    fn a_leader_sees_and_cancels_for_their_people_but_approves_only_others() {
        let unit = UnitId(5);
        let leader = who(vec![Grant::Leader { org: ORG, unit }], true);
        let below = vec![vec![UnitId(1), unit, UnitId(6)]];
        let elsewhere = vec![vec![UnitId(1), UnitId(7)]];
        let c = cohort(vec![]);
        assert!(leader.leads(&below) && !leader.leads(&elsewhere));
        assert!(leader.sees(&c, OTHER, &below) && !leader.sees(&c, OTHER, &elsewhere));
        assert!(leader.sees(&c, ME, &elsewhere), "everyone sees their own place");
        assert!(leader.enrols_others());
        assert!(leader.may_cancel(&c, OTHER, true) && !leader.may_cancel(&c, OTHER, false));
        assert!(leader.may_cancel(&c, ME, false), "one may cancel one's own place");
        assert!(leader.may_approve(OTHER, true));
        assert!(!leader.may_approve(ME, true), "approving oneself is not approval");
        assert!(!leader.may_approve(OTHER, false));
    }

    #[test]
    fn an_employee_enrols_only_themself_and_hr_approves_anyone() {
        let me = who(vec![Grant::Employee { org: ORG }], true);
        assert!(!me.enrols_others());
        assert!(!me.may_cancel(&cohort(vec![]), OTHER, false));
        assert!(me.may_cancel(&cohort(vec![ME]), OTHER, false), "the facilitator may cancel");
        let hr = who(vec![Grant::Hr { org: ORG }], false);
        assert!(hr.enrols_others() && hr.may_approve(OTHER, false) && hr.may_cancel(&cohort(vec![]), OTHER, false));
        assert_eq!(hr.me, None);
    }
}
