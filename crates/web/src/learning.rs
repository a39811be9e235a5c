//! The workplace as a learning arena: activities, cohorts and sessions, attendance, completion and the follow-up of whether learning changed practice.

pub mod activity;
pub mod attendance;
pub mod followup;
pub mod list;
pub mod views;
