//! Today and now as Saman counts them.

use chrono::NaiveDate;

/// Today's date (UTC).
pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// The wall-clock time in Norway, as session times are kept.
pub fn now_local() -> chrono::NaiveDateTime {
    chrono::Utc::now().with_timezone(&chrono_tz::Europe::Oslo).naive_local()
}
