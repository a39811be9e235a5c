//! The records use cases answer with, as they are stored. Adapters read them; only use cases
//! make or change them.

pub use saman_store::{
    Activity, ActivitySummary, ApiToken, AuditEntry, Cohort, CompetenceId, CompetenceRow, DueFollowUp, Enrolment, Evaluation, FailedMail,
    FileInfo, FollowUpResults, Holding, HoldingsOutcome, Invitation, LearningSession, NOTE_SOURCES, Network, Opportunity, Organisation,
    Pair, Participant, Person, Placement, Position, Programme, Unit, UnitMember, User, UserSummary,
};
