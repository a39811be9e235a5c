//! Parsers for values that arrive from forms, files and the API.
//! Each failure carries a stable code; the web layer translates it.

use chrono::{Datelike, NaiveDate, Timelike};
use serde::{Deserialize, Serialize};

/// A stable error code for a value that did not parse. The codes are Fluent message ids
/// (prefixed `err-`), so every language has a sentence for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("required")]
    Required,
    #[error("bad-date")]
    BadDate,
    #[error("bad-percent")]
    BadPercent,
    #[error("bad-year")]
    BadYear,
    #[error("bad-email")]
    BadEmail,
    #[error("too-long")]
    TooLong,
    #[error("bad-username")]
    BadUsername,
    #[error("weak-password")]
    WeakPassword,
    #[error("bad-number")]
    BadNumber,
    #[error("bad-choice")]
    BadChoice,
    #[error("bad-org-number")]
    BadOrgNumber,
    #[error("bad-municipality-number")]
    BadMunicipalityNumber,
}

impl ParseError {
    /// The Fluent message id for this error.
    pub fn key(self) -> &'static str {
        match self {
            ParseError::Required => "err-required",
            ParseError::BadDate => "err-bad-date",
            ParseError::BadPercent => "err-bad-percent",
            ParseError::BadYear => "err-bad-year",
            ParseError::BadEmail => "err-bad-email",
            ParseError::TooLong => "err-too-long",
            ParseError::BadUsername => "err-bad-username",
            ParseError::WeakPassword => "err-weak-password",
            ParseError::BadNumber => "err-bad-number",
            ParseError::BadChoice => "err-bad-choice",
            ParseError::BadOrgNumber => "err-bad-org-number",
            ParseError::BadMunicipalityNumber => "err-bad-municipality-number",
        }
    }

    /// The stable code used in JSON errors.
    pub fn code(self) -> &'static str {
        self.key().trim_start_matches("err-")
    }
}

/// A date as people write it in Norway (`31.12.2026`, `1.2.2026`) or as ISO 8601 (`2026-12-31`).
pub fn date(s: &str) -> Result<NaiveDate, ParseError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(ParseError::Required);
    }
    let parsed = if s.contains('-') { NaiveDate::parse_from_str(s, "%Y-%m-%d") } else { NaiveDate::parse_from_str(s, "%d.%m.%Y") };
    match parsed {
        Ok(d) if (1900..=2200).contains(&d.year()) => Ok(d),
        _ => Err(ParseError::BadDate),
    }
}

/// A date and time as a browser's date-time field sends it (`2026-12-01T09:00`) or as people
/// write it (`1.12.2026 09:00`).
pub fn datetime(s: &str) -> Result<chrono::NaiveDateTime, ParseError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(ParseError::Required);
    }
    let (d, t) = s.split_once(['T', ' ']).ok_or(ParseError::BadDate)?;
    let day = date(d).map_err(|_| ParseError::BadDate)?;
    let time = chrono::NaiveTime::parse_from_str(t.trim(), "%H:%M")
        .or_else(|_| chrono::NaiveTime::parse_from_str(t.trim(), "%H.%M"))
        .or_else(|_| chrono::NaiveTime::parse_from_str(t.trim(), "%H:%M:%S"))
        .map_err(|_| ParseError::BadDate)?;
    // Sessions are kept to the minute.
    Ok(day.and_time(time).with_second(0).unwrap_or(day.and_time(time)))
}

/// A whole number between `min` and `max`.
pub fn whole(s: &str, min: i64, max: i64) -> Result<i64, ParseError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(ParseError::Required);
    }
    match s.replace(['\u{a0}', ' '], "").parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(ParseError::BadNumber),
    }
}

/// Percent of full time, stored in hundredths of a percent (`80,5` → 8050). Must be over 0 and at most 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Percent(i64);

impl Percent {
    pub fn from_hundredths(h: i64) -> Option<Percent> {
        (1..=10_000).contains(&h).then_some(Percent(h))
    }

    pub fn hundredths(self) -> i64 {
        self.0
    }

    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    pub fn parse(s: &str) -> Result<Percent, ParseError> {
        let t = s.trim().trim_end_matches('%').trim().replace(',', ".");
        if t.is_empty() {
            return Err(ParseError::Required);
        }
        let v: f64 = t.parse().map_err(|_| ParseError::BadPercent)?;
        if !v.is_finite() {
            return Err(ParseError::BadPercent);
        }
        Percent::from_hundredths((v * 100.0).round() as i64).ok_or(ParseError::BadPercent)
    }
}

/// A birth year between 1900 and this year.
pub fn birth_year(s: &str, this_year: i32) -> Result<i32, ParseError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(ParseError::Required);
    }
    if s.contains('.') || s.contains('-') {
        return date(s).map(|d| d.year()).map_err(|_| ParseError::BadYear);
    }
    match s.parse::<i32>() {
        Ok(y) if (1900..=this_year).contains(&y) => Ok(y),
        _ => Err(ParseError::BadYear),
    }
}

/// A name or title: trimmed, not empty, at most `max` characters.
pub fn text(s: &str, max: usize) -> Result<String, ParseError> {
    let t = s.trim();
    if t.is_empty() {
        Err(ParseError::Required)
    } else if t.chars().count() > max {
        Err(ParseError::TooLong)
    } else {
        Ok(t.to_string())
    }
}

/// Optional text: empty becomes `None`.
pub fn optional_text(s: &str, max: usize) -> Result<Option<String>, ParseError> {
    match text(s, max) {
        Ok(t) => Ok(Some(t)),
        Err(ParseError::Required) => Ok(None),
        Err(e) => Err(e),
    }
}

/// An e-mail address: one `@`, something on both sides, a dot in the domain, no spaces.
pub fn email(s: &str) -> Result<String, ParseError> {
    let t = text(s, 254)?;
    let ok = match t.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !t.contains(char::is_whitespace)
        }
        None => false,
    };
    if ok { Ok(t.to_lowercase()) } else { Err(ParseError::BadEmail) }
}

/// A username: 2–64 characters of lowercase letters, digits, `.`, `-`, `_`.
pub fn username(s: &str) -> Result<String, ParseError> {
    let t = s.trim().to_lowercase();
    if t.is_empty() {
        return Err(ParseError::Required);
    }
    let ok = (2..=64).contains(&t.chars().count()) && t.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-_".contains(c));
    if ok { Ok(t) } else { Err(ParseError::BadUsername) }
}

/// A new password: at least 10 characters.
pub fn new_password(s: &str) -> Result<String, ParseError> {
    if s.is_empty() {
        Err(ParseError::Required)
    } else if s.chars().count() < 10 {
        Err(ParseError::WeakPassword)
    } else if s.chars().count() > 256 {
        Err(ParseError::TooLong)
    } else {
        Ok(s.to_string())
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn register_number_errors_have_their_own_messages() {
        assert_eq!(ParseError::BadOrgNumber.key(), "err-bad-org-number");
        assert_eq!(ParseError::BadMunicipalityNumber.key(), "err-bad-municipality-number");
        assert_eq!(ParseError::BadOrgNumber.code(), "bad-org-number");
    }

    use super::*;

    #[test]
    fn dates_in_both_forms() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
        assert_eq!(date("01.02.2026"), Ok(d));
        assert_eq!(date("1.2.2026"), Ok(d));
        assert_eq!(date(" 2026-02-01 "), Ok(d));
        assert_eq!(date("31.02.2026"), Err(ParseError::BadDate));
        assert_eq!(date("2026/02/01"), Err(ParseError::BadDate));
        assert_eq!(date(""), Err(ParseError::Required));
    }

    #[test]
    fn date_times_from_browsers_and_people_and_whole_numbers_in_range() {
        let t = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap().and_hms_opt(9, 30, 0).unwrap();
        assert_eq!(datetime("2026-12-01T09:30"), Ok(t));
        assert_eq!(datetime("1.12.2026 09.30"), Ok(t));
        assert_eq!(datetime("2026-12-01"), Err(ParseError::BadDate));
        assert_eq!(datetime("2026-12-01T25:00"), Err(ParseError::BadDate));
        assert_eq!(datetime(" "), Err(ParseError::Required));
        assert_eq!(whole("1 200", 1, 5000), Ok(1200));
        assert_eq!(whole("0", 1, 5000), Err(ParseError::BadNumber));
        assert_eq!(whole("x", 1, 5000), Err(ParseError::BadNumber));
        assert_eq!(whole("", 1, 5000), Err(ParseError::Required));
    }

    #[test]
    fn percent_accepts_comma_and_refuses_out_of_range() {
        assert_eq!(Percent::parse("80,5").map(Percent::hundredths), Ok(8050));
        assert_eq!(Percent::parse("100 %").map(Percent::hundredths), Ok(10_000));
        assert_eq!(Percent::parse("0"), Err(ParseError::BadPercent));
        assert_eq!(Percent::parse("120"), Err(ParseError::BadPercent));
        assert_eq!(Percent::parse("abc"), Err(ParseError::BadPercent));
    }

    #[test]
    fn birth_years_are_bounded() {
        assert_eq!(birth_year("1968", 2026), Ok(1968));
        assert_eq!(birth_year("12.03.1968", 2026), Ok(1968));
        assert_eq!(birth_year("1850", 2026), Err(ParseError::BadYear));
        assert_eq!(birth_year("2030", 2026), Err(ParseError::BadYear));
    }

    #[test]
    fn emails_and_usernames() {
        assert_eq!(email(" Kari@Kommune.no "), Ok("kari@kommune.no".into()));
        assert_eq!(email("kari@kommune"), Err(ParseError::BadEmail));
        assert_eq!(username("Kari.Nordmann"), Ok("kari.nordmann".into()));
        assert_eq!(username("kari nordmann"), Err(ParseError::BadUsername));
        assert_eq!(new_password("short"), Err(ParseError::WeakPassword));
    }
}
