//! Organisations, units and people as the user may see them, and each person's home.

pub mod create;
pub mod home;
pub mod orgs;
pub mod people;
pub mod units;
