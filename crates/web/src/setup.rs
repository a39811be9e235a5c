//! The first run and the next steps: the one-time set-up page, and each organisation's
//! set-up checklist with what it takes to tick its steps (the catalogue, a test message).

pub mod checklist;
pub mod first_run;
pub mod org_form;
