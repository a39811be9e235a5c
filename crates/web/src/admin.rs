//! Administration: accounts and roles, the audit log, and importing an organisation from its HR system.

pub mod audit;
pub mod import;
pub mod import_columns;
pub mod users;
