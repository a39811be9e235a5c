//! Running a session: the check-in code shown in the room, attendance marked by the
//! facilitator, who passed, completion of a cohort, and a session as an iCalendar file.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::learning::views::rule_text;
use crate::scope;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::learning;
use saman_app::records::{Activity, Cohort, LearningSession};
use saman_domain::PersonId;
use saman_domain::learning::Unmet;
use serde::Deserialize;

pub struct Row {
    pub person: i64,
    pub enrolment: i64,
    pub name: String,
    pub present: bool,
    pub attended: u32,
    pub passed: bool,
    pub standing: String,
    pub completed: bool,
}

#[derive(Template)]
#[template(path = "session.html")]
struct SessionPage<'a> {
    ctx: &'a Ctx,
    a: Activity,
    c: Cohort,
    session: LearningSession,
    when: String,
    held: bool,
    rule: String,
    /// The facilitator marks who passed.
    uses_passed: bool,
    rows: Vec<Row>,
    ready: usize,
}

fn unmet_text(ctx: &Ctx, u: Unmet) -> String {
    match u {
        Unmet::SessionsAhead { ahead } => ctx.tn("unmet-ahead", &i64::from(ahead)),
        Unmet::Attended { attended, needed } => ctx.t2("unmet-attended", &(attended as usize), &(needed as usize)),
        Unmet::NotPassed => ctx.t("unmet-not-passed"),
        Unmet::NoSessions => ctx.t("unmet-no-sessions"),
    }
}

/// The facilitator's page for a session: the code, and who is here.
pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let learning::Sheet { session, seen, present, standings } = learning::sheet(&state, &s.actor(), id).await?;
    let (a, c) = (seen.activity, seen.cohort);
    let now = scope::now_local();
    let ready = standings.iter().filter(|x| x.check.is_ok() && x.enrolment.status == saman_domain::learning::EnrolStatus::Enrolled).count();
    let rows = standings
        .into_iter()
        .map(|x| Row {
            person: x.enrolment.person.0,
            enrolment: x.enrolment.id,
            present: present.contains(&x.enrolment.person),
            attended: x.attended,
            passed: x.enrolment.passed,
            completed: x.enrolment.status == saman_domain::learning::EnrolStatus::Completed,
            standing: match x.check {
                Ok(()) => ctx.t("standing-meets"),
                Err(u) => unmet_text(&ctx, u),
            },
            name: x.enrolment.person_name,
        })
        .collect();
    let when = format!("{}–{}", session.starts_at.format("%d.%m.%Y %H:%M"), session.ends_at.format("%H:%M"));
    let held = session.starts_at <= now;
    let rule = rule_text(&ctx, a.rule);
    let uses_passed = a.rule == saman_domain::learning::CompletionRule::Passed;
    page(&ctx, &SessionPage { ctx: &ctx, a, c, when, held, rule, uses_passed, rows, ready, session })
}

/// Marks attendance: everyone ticked is present, everyone not ticked is not.
pub async fn mark(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>, body: Bytes) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let sent: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
    crate::form::check_csrf(&ctx, sent.iter().find(|(k, _)| k == "csrf").map(|(_, v)| v.as_str()))?;
    let ticked: Vec<PersonId> = sent.iter().filter(|(k, _)| k == "present").filter_map(|(_, v)| v.parse().ok().map(PersonId)).collect();
    learning::mark_attendance(&state, &s.actor(), id, &ticked, true).await?;
    Ok(Redirect::to(&format!("/sessions/{id}")).into_response())
}

#[derive(Deserialize)]
pub struct PassedForm {
    #[serde(default)]
    passed: String,
    #[serde(default)]
    back: String,
}

pub async fn passed(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<PassedForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let seen = learning::set_passed(&state, &s.actor(), id, f.passed == "1").await?;
    let (a, c) = (seen.activity.id, seen.cohort.id);
    let back = f.back.parse::<i64>().map(|sid| format!("/sessions/{sid}")).unwrap_or(format!("/learning/{a}#cohort-{c}"));
    Ok(Redirect::to(&back).into_response())
}

/// Marks completed everyone in the cohort who meets the rule, granting the competence.
pub async fn complete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(cohort): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (seen, out) = learning::complete(&state, &s.actor(), cohort, None).await?;
    let (a, c) = (seen.activity.id, seen.cohort.id);
    Ok(Redirect::to(&format!("/learning/{a}?completed={}&unmet={}#cohort-{c}", out.completed.len(), out.unmet.len())).into_response())
}

/// Europe/Oslo's rules, so calendar programs read the local times right (RFC 5545 §3.6.5).
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n\
DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n\
TZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// Escapes text for an iCalendar value and folds long lines at 75 octets.
fn ical_text(s: &str) -> String {
    s.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n").replace('\r', "")
}

fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut len = 0;
    for ch in line.chars() {
        let w = ch.len_utf8();
        if len + w > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(ch);
        len += w;
    }
    out.push_str("\r\n");
    out
}

/// What one calendar event shows.
pub struct Event<'a> {
    pub session: i64,
    pub title: &'a str,
    pub description: &'a str,
    pub place: &'a str,
    pub starts: chrono::NaiveDateTime,
    pub ends: chrono::NaiveDateTime,
    /// Not (yet) a confirmed place: waiting list or awaiting approval.
    pub tentative: bool,
}

/// One VEVENT, in Norwegian time.
pub fn vevent(e: &Event, host: &str) -> String {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let mut out = String::from("BEGIN:VEVENT\r\n");
    out.push_str(&fold(&format!("UID:session-{}@{host}", e.session)));
    out.push_str(&format!("DTSTAMP:{stamp}\r\n"));
    out.push_str(&format!("DTSTART;TZID=Europe/Oslo:{}\r\n", e.starts.format("%Y%m%dT%H%M%S")));
    out.push_str(&format!("DTEND;TZID=Europe/Oslo:{}\r\n", e.ends.format("%Y%m%dT%H%M%S")));
    out.push_str(&fold(&format!("SUMMARY:{}", ical_text(e.title))));
    out.push_str(&fold(&format!("LOCATION:{}", ical_text(e.place))));
    if !e.description.is_empty() {
        out.push_str(&fold(&format!("DESCRIPTION:{}", ical_text(e.description))));
    }
    out.push_str(if e.tentative { "STATUS:TENTATIVE\r\n" } else { "STATUS:CONFIRMED\r\n" });
    out.push_str("END:VEVENT\r\n");
    out
}

/// A calendar with the given events.
pub fn calendar(events: &str) -> String {
    format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Saman//Saman//NB\r\nCALSCALE:GREGORIAN\r\n{VTIMEZONE}{events}END:VCALENDAR\r\n")
}

pub fn ics_response(body: String, filename: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")),
        ],
        body,
    )
        .into_response()
}

/// A session as a `.ics` file for one's calendar.
pub async fn ics(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (session, seen) = learning::session(&state, &s.actor(), id).await?;
    let a = seen.activity;
    let e = Event {
        session: session.id,
        title: &a.title,
        description: &a.description,
        place: &session.place,
        starts: session.starts_at,
        ends: session.ends_at,
        tentative: false,
    };
    Ok(ics_response(calendar(&vevent(&e, "saman")), &format!("session-{id}.ics")))
}

/// A person's own calendar, behind the secret address they made: every session of the
/// cohorts they are in. An unknown address is simply not found.
#[utoipa::path(get, path = "/calendar/{token}/saman.ics", tag = "learning",
    description = "A person's learning sessions as an iCalendar feed (RFC 5545), in Norwegian time, for calendar programs to subscribe to. \
                   The address is secret and made on the learning page; making a new one ends the old. No token header: the address is the key.",
    params(("token" = String, Path, description = "The secret part of the address")),
    security(()),
    responses((status = 200, description = "The calendar", content_type = "text/calendar", body = String), (status = 404, description = "No such address")))]
pub async fn feed(State(state): State<AppState>, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut events = String::new();
    for e in learning::calendar(&state, &crate::auth::token_hash(&token)).await? {
        let tentative = !e.status.takes_place();
        events.push_str(&vevent(
            &Event {
                session: e.session,
                title: &e.title,
                description: &e.description,
                place: &e.place,
                starts: e.starts_at,
                ends: e.ends_at,
                tentative,
            },
            "saman",
        ));
    }
    Ok(ics_response(calendar(&events), "saman.ics"))
}

/// Removes a session (HR or the facilitator), with its attendance.
pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let seen = learning::delete_session(&state, &s.actor(), id).await?;
    Ok(Redirect::to(&format!("/learning/{}#cohort-{}", seen.activity.id, seen.cohort.id)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "æ".repeat(60));
        let folded = fold(&line);
        for part in folded.trim_end_matches("\r\n").split("\r\n") {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
        assert_eq!(ical_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
