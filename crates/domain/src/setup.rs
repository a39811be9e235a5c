//! The first run: a one-time link that lets whoever started Saman create its first
//! administrator and organisation, and the checklist that then leads them to a working
//! organisation.

use serde::Serialize;

/// How long a set-up link printed at start-up stays valid.
pub const SETUP_TOKEN_SECONDS: i64 = 2 * 3600;

/// Whether the set-up page still exists: only until an administrator exists or a set-up
/// has been completed once (it does not come back when the administrator is later removed).
pub fn setup_open(admins: usize, completed_once: bool) -> bool {
    admins == 0 && !completed_once
}

/// Whether a stored set-up link may be used now: not used before and not expired.
pub fn token_usable(used_at: Option<i64>, expires_at: i64, now: i64) -> bool {
    used_at.is_none() && now < expires_at
}

/// One step on the way from an empty organisation to a working one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Organisation,
    Import,
    Catalogue,
    Requirements,
    Roles,
    Mail,
    IdentityProvider,
}

impl Step {
    pub fn code(self) -> &'static str {
        match self {
            Step::Organisation => "organisation",
            Step::Import => "import",
            Step::Catalogue => "catalogue",
            Step::Requirements => "requirements",
            Step::Roles => "roles",
            Step::Mail => "mail",
            Step::IdentityProvider => "identity_provider",
        }
    }
}

/// What the data says about one organisation, as the checklist needs it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SetupFacts {
    pub people: usize,
    /// The organisation has chosen its catalogue: confirmed the shipped one, or added its own.
    pub catalogue_chosen: bool,
    pub requirements: usize,
    pub hr_grants: usize,
    pub leader_grants: usize,
    /// A test message has left through the mail server.
    pub test_mail_sent: bool,
    /// An identity provider is configured for this installation (the step shows only then).
    pub identity_provider: Option<bool>,
}

/// The steps in order, each with whether the data shows it done. The organisation exists
/// (the checklist is about it); a step is done only by what is stored, never by a click
/// on "done".
pub fn checklist(f: &SetupFacts) -> Vec<(Step, bool)> {
    let mut steps = vec![
        (Step::Organisation, true),
        (Step::Import, f.people > 0),
        (Step::Catalogue, f.catalogue_chosen),
        (Step::Requirements, f.requirements > 0),
        (Step::Roles, f.hr_grants > 0 && f.leader_grants > 0),
        (Step::Mail, f.test_mail_sent),
    ];
    if let Some(signed_in_through_it) = f.identity_provider {
        steps.push((Step::IdentityProvider, signed_in_through_it));
    }
    steps
}

/// Whether every step is done, so the checklist can step aside.
pub fn all_done(steps: &[(Step, bool)]) -> bool {
    steps.iter().all(|(_, done)| *done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_printed_link_lasts_two_hours_as_the_start_up_message_says() {
        assert_eq!(SETUP_TOKEN_SECONDS, 7200);
    }

    #[test]
    fn steps_have_stable_distinct_codes() {
        let all = [Step::Organisation, Step::Import, Step::Catalogue, Step::Requirements, Step::Roles, Step::Mail, Step::IdentityProvider];
        let codes: Vec<&str> = all.iter().map(|s| s.code()).collect();
        assert_eq!(codes, ["organisation", "import", "catalogue", "requirements", "roles", "mail", "identity_provider"]);
    }

    #[test]
    fn set_up_is_open_only_before_the_first_administrator() {
        assert!(setup_open(0, false));
        assert!(!setup_open(1, false));
        assert!(!setup_open(0, true));
    }

    #[test]
    fn a_link_works_once_and_until_it_expires() {
        assert!(token_usable(None, 1000, 999));
        assert!(!token_usable(None, 1000, 1000));
        assert!(!token_usable(Some(10), 1000, 500));
    }

    #[test]
    fn an_empty_organisation_has_only_its_first_step_done() {
        let steps = checklist(&SetupFacts::default());
        let done: Vec<Step> = steps.iter().filter(|(_, d)| *d).map(|(s, _)| *s).collect();
        assert_eq!(done, vec![Step::Organisation]);
        assert_eq!(steps.len(), 6, "no identity provider step where none is configured");
        assert!(!all_done(&steps));
    }

    #[test]
    fn each_step_follows_its_own_fact() {
        let base = SetupFacts::default();
        let done = |f: SetupFacts, step: Step| checklist(&f).iter().find(|(s, _)| *s == step).map(|(_, d)| *d);
        assert_eq!(done(SetupFacts { people: 1, ..base }, Step::Import), Some(true));
        assert_eq!(done(SetupFacts { catalogue_chosen: true, ..base }, Step::Catalogue), Some(true));
        assert_eq!(done(SetupFacts { requirements: 1, ..base }, Step::Requirements), Some(true));
        assert_eq!(done(SetupFacts { hr_grants: 1, ..base }, Step::Roles), Some(false));
        assert_eq!(done(SetupFacts { leader_grants: 1, ..base }, Step::Roles), Some(false));
        assert_eq!(done(SetupFacts { hr_grants: 1, leader_grants: 2, ..base }, Step::Roles), Some(true));
        assert_eq!(done(SetupFacts { test_mail_sent: true, ..base }, Step::Mail), Some(true));
        assert_eq!(done(SetupFacts { identity_provider: Some(false), ..base }, Step::IdentityProvider), Some(false));
        assert_eq!(done(SetupFacts { identity_provider: Some(true), ..base }, Step::IdentityProvider), Some(true));
        assert_eq!(done(SetupFacts { people: 1, ..base }, Step::Requirements), Some(false));
    }

    #[test]
    fn the_checklist_is_done_when_every_step_is() {
        let f = SetupFacts {
            people: 3,
            catalogue_chosen: true,
            requirements: 1,
            hr_grants: 1,
            leader_grants: 1,
            test_mail_sent: true,
            identity_provider: None,
        };
        assert!(all_done(&checklist(&f)));
        assert!(!all_done(&checklist(&SetupFacts { identity_provider: Some(false), ..f })));
    }
}
