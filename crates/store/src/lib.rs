//! Saman's storage: one query path over SQLite and PostgreSQL (sqlx's `Any` driver,
//! schema written once with sea-query), split into small handles by concern.

mod audit;
mod changes;
mod competences;
mod copy_out;
mod dates;
mod db;
mod demo;
mod demo_learning;
mod demo_mobility;
mod direct;
mod drafts;
mod error;
mod experts;
mod files;
mod grants;
mod holdings;
mod holdings_import;
mod import;
mod learning;
mod learning_calendar;
mod learning_completion;
mod learning_followup;
mod mappings;
mod mentoring;
mod migrate;
mod mobility;
mod mobility_flow;
mod networks;
mod notices;
mod orgs;
mod outbox;
mod people;
mod practice_notes;
mod scan;
mod schema;
mod schema_mentoring;
mod schema_mobility;
mod sessions;
mod setup;
mod users;

pub mod testing;

pub use audit::{Actor, AuditEntry, AuditLog};
pub use changes::{Changes, Mark};
pub use competences::{CompetenceId, CompetenceRow, CompetenceStore, NewCompetence, Requirement};
pub use db::{Backend, Db};
pub use demo::DemoLoaded;
pub use drafts::{Draft, DraftStore};
pub use error::{Optional, StoreError};
pub use experts::{ExpertStore, Offer};
pub use files::{FileInfo, FileStore};
pub use holdings::{Holding, HoldingEvent, HoldingFact, HoldingInput, HoldingStore, SOURCES};
pub use holdings_import::HoldingsOutcome;
pub use import::{ImportOutcome, ImportStore, summary as import_summary};
pub use learning::{
    Activity, ActivitySummary, Cohort, EnrolOutcome, Enrolment, LearningSession, LearningStore, NamedEnrolment, NewActivity, TIME_FORMAT,
};
pub use learning_calendar::CalendarEntry;
pub use learning_completion::{CompletionOutcome, Standing};
pub use learning_followup::{DueFollowUp, FollowUpResults};
pub use mappings::{MappingProfile, MappingStore};
pub use mentoring::{MentoringStore, NewProgramme, Pair, Participant, Programme};
pub use mobility::{MobilityStore, NewOpportunity, Opportunity};
pub use mobility_flow::{Agreement, Evaluation, LogEntry, Placement};
pub use networks::{Invitation, NetworkStore};
pub use notices::{Notice, parse_people, people_list};
pub use orgs::{Network, NewOrganisation, OrgStore, Organisation, Unit};
pub use outbox::{FailedMail, NewMail, OutMail};
pub use people::{PeopleStore, Person, PersonPatch, Position, PositionInput, UnitMember};
pub use practice_notes::{NOTE_SOURCES, NewNote, PracticeNote};
pub use sessions::{Session, SessionStore};
pub use setup::{NewSetup, SetupCounts, SetupStore, TEST_MAIL_KEY};
pub use users::{ApiToken, User, UserStore, UserSummary};

/// Seconds since the Unix epoch; every timestamp is stored so.
pub fn now_unix() -> i64 {
    chrono::Utc::now().timestamp()
}
