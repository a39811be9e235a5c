//! Dates as the database keeps them: ISO text, the same on SQLite and PostgreSQL.

use crate::error::{Result, StoreError};
use chrono::NaiveDate;

/// A stored date; anything else is corrupt data, never a user's mistake.
pub(crate) fn date_from(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| StoreError::Corrupt(format!("date {s}")))
}
