//! Learning activities and their cohorts: HR creates and changes activities; HR and the
//! facilitators run cohorts (sessions, attendance, completion); people enrol themselves,
//! leaders their people, HR anyone in the organisation. One rule each, for every door.

mod activities;
mod cohorts;
mod enrolments;
mod followup;
mod listing;
mod overview;

pub use crate::access::learning::{Who, sees_activities};
pub use activities::{ActivityDraft, activity, check_activity, create_activity, editable, update_activity};
pub use cohorts::{
    CohortDraft, Seen, Sheet, add_cohort, add_facilitator, add_session, calendar, cohort, complete, delete_session, mark_attendance,
    remove_facilitator, session, session_run_by, set_passed, sheet,
};
pub use enrolments::{EnrolmentSeen, Target, approve, cancel, check_in, enrol, enrolment, enrolments};
pub use followup::{answer, due_for, set_goal};
pub use listing::{Listing, OrgActivities, activities, learning_orgs, listing};
pub use overview::{Overview, overview};
