//! Cohorts of an activity and what runs them: sessions, facilitators, attendance, passing
//! and completion. HR adds cohorts and facilitators; HR and the facilitators run them.

use super::activities::activity;
use crate::access::learning::Who;
use crate::input::Parsed;
use crate::{Actor, App, Error, Problems, Result};
use chrono::NaiveDateTime;
use saman_domain::learning::EnrolStatus;
use saman_domain::{PersonId, parse};
use saman_store::{Activity, CalendarEntry, Cohort, CompletionOutcome, LearningSession, Standing};
use std::collections::BTreeSet;

/// A cohort with its activity and what the actor may do there.
pub struct Seen {
    pub cohort: Cohort,
    pub activity: Activity,
    pub who: Who,
}

impl Seen {
    fn runs(&self) -> Result<()> {
        if self.who.runs(&self.cohort) { Ok(()) } else { Err(Error::Forbidden) }
    }

    fn manages(&self) -> Result<()> {
        if self.who.manage { Ok(()) } else { Err(Error::Forbidden) }
    }
}

/// The cohort, if the actor sees its activity; otherwise not found.
pub async fn cohort(app: &App, actor: &Actor, id: i64) -> Result<Seen> {
    let cohort = app.db.learning().cohort(id).await?;
    let activity = activity(app, actor, cohort.activity).await?;
    let who = Who::of(&actor.access, activity.org);
    Ok(Seen { cohort, activity, who })
}

/// A cohort as HR entered it.
#[derive(Debug, Clone)]
pub struct CohortDraft {
    pub name: String,
    pub capacity: Parsed<i64>,
    /// People of the activity's organisation who run the cohort.
    pub facilitators: Vec<PersonId>,
}

/// Whether every person works in the organisation.
async fn all_in_org(app: &App, org: saman_domain::OrgId, people: &[PersonId]) -> Result<bool> {
    for p in people {
        match app.db.people().person(*p).await {
            Ok(x) if x.org == org => {}
            Ok(_) | Err(saman_store::StoreError::NotFound) => return Ok(false),
            Err(e) => return Err(e.into()),
        }
    }
    Ok(true)
}

/// HR adds a cohort to an activity, with its facilitators.
pub async fn add_cohort(app: &App, actor: &Actor, activity_id: i64, d: &CohortDraft) -> Result<Cohort> {
    let a = activity(app, actor, activity_id).await?;
    if !actor.access.manages_org(a.org) {
        return Err(Error::Forbidden);
    }
    let mut p = Problems::default();
    let name = p.check("name", parse::text(&d.name, 120));
    let capacity = p.required_within("capacity", d.capacity, 1, 100_000);
    if !all_in_org(app, a.org, &d.facilitators).await? {
        p.add("facilitator", "err-bad-choice");
    }
    p.done()?;
    let (Some(name), Some(capacity)) = (name, capacity) else { return Err(Error::invalid("name", "err-required")) };
    let id = app.db.learning().create_cohort(&actor.audit(), a.id, &name, capacity, &d.facilitators).await?;
    Ok(app.db.learning().cohort(id).await?)
}

/// HR or a facilitator adds a session; it ends after it starts.
pub async fn add_session(
    app: &App,
    actor: &Actor,
    cohort_id: i64,
    starts: Parsed<NaiveDateTime>,
    ends: Parsed<NaiveDateTime>,
    place: &str,
) -> Result<(Seen, LearningSession)> {
    let seen = cohort(app, actor, cohort_id).await?;
    seen.runs()?;
    let mut p = Problems::default();
    let starts = p.check("starts", starts.and_then(|v| v.ok_or(parse::ParseError::Required)));
    let ends = p.check("ends", ends.and_then(|v| v.ok_or(parse::ParseError::Required)));
    let place = p.check("place", parse::text(place, 200));
    if let (Some(st), Some(en)) = (starts, ends)
        && en <= st
    {
        p.add("ends", "err-ends-before-starts");
    }
    p.done()?;
    let (Some(st), Some(en), Some(place)) = (starts, ends, place) else { return Err(Error::invalid("starts", "err-required")) };
    let id = app.db.learning().add_session(&actor.audit(), seen.cohort.id, st, en, &place).await?;
    let session = app.db.learning().session(id).await?;
    Ok((seen, session))
}

/// The session with its cohort, if the actor sees its activity.
pub async fn session(app: &App, actor: &Actor, id: i64) -> Result<(LearningSession, Seen)> {
    let session = app.db.learning().session(id).await?;
    let seen = cohort(app, actor, session.cohort).await?;
    Ok((session, seen))
}

/// The session with its cohort, if the actor runs the cohort.
pub async fn session_run_by(app: &App, actor: &Actor, id: i64) -> Result<(LearningSession, Seen)> {
    let (session, seen) = session(app, actor, id).await?;
    seen.runs()?;
    Ok((session, seen))
}

/// A session as its facilitator's sheet shows it: who is marked present, and where each
/// participant stands against the completion rule.
pub struct Sheet {
    pub session: LearningSession,
    pub seen: Seen,
    pub present: BTreeSet<PersonId>,
    pub standings: Vec<Standing>,
}

/// The facilitator's sheet for a session (HR or the cohort's facilitators).
pub async fn sheet(app: &App, actor: &Actor, id: i64) -> Result<Sheet> {
    let (session, seen) = session_run_by(app, actor, id).await?;
    let present = app.db.learning().attendance(seen.cohort.id).await?.remove(&session.id).unwrap_or_default();
    let standings = app.db.learning().standings(seen.cohort.id, crate::clock::now_local()).await?;
    Ok(Sheet { session, seen, present, standings })
}

/// A person's sessions for their calendar feed, found by the hash of the feed's secret
/// address. An unknown address is not found.
pub async fn calendar(app: &App, token_hash: &str) -> Result<Vec<CalendarEntry>> {
    let person = app.db.calendar_person(token_hash).await?.ok_or(Error::NotFound)?;
    Ok(app.db.learning().calendar(person).await?)
}

/// HR or a facilitator removes a session with its attendance.
pub async fn delete_session(app: &App, actor: &Actor, id: i64) -> Result<Seen> {
    let (session, seen) = session_run_by(app, actor, id).await?;
    app.db.learning().delete_session(&actor.audit(), session.id).await?;
    Ok(seen)
}

/// HR adds a facilitator from the organisation.
pub async fn add_facilitator(app: &App, actor: &Actor, cohort_id: i64, person: Option<PersonId>) -> Result<Seen> {
    let seen = cohort(app, actor, cohort_id).await?;
    seen.manages()?;
    let Some(person) = person else { return Err(Error::invalid("facilitator", "err-required")) };
    if !all_in_org(app, seen.activity.org, &[person]).await? {
        return Err(Error::invalid("facilitator", "err-bad-choice"));
    }
    app.db.learning().add_facilitator(&actor.audit(), seen.cohort.id, person).await?;
    Ok(seen)
}

/// HR removes a facilitator.
pub async fn remove_facilitator(app: &App, actor: &Actor, cohort_id: i64, person: PersonId) -> Result<Seen> {
    let seen = cohort(app, actor, cohort_id).await?;
    seen.manages()?;
    app.db.learning().remove_facilitator(&actor.audit(), seen.cohort.id, person).await?;
    Ok(seen)
}

/// HR or a facilitator marks people present at a session that has started. With `exact`,
/// everyone else's mark is removed. Answers how many were newly marked.
pub async fn mark_attendance(app: &App, actor: &Actor, session: i64, people: &[PersonId], exact: bool) -> Result<usize> {
    let (session, _) = session_run_by(app, actor, session).await?;
    let now = crate::clock::now_local();
    let store = app.db.learning();
    Ok(if exact {
        store.set_attendance(&actor.audit(), session.id, people, now).await?
    } else {
        store.mark_attendance(&actor.audit(), session.id, people, "facilitator", now).await?
    })
}

/// HR or a facilitator marks whether a participant passed.
pub async fn set_passed(app: &App, actor: &Actor, enrolment: i64, passed: bool) -> Result<Seen> {
    let e = app.db.learning().enrolment(enrolment).await?;
    let seen = cohort(app, actor, e.cohort).await?;
    seen.runs()?;
    app.db.learning().set_passed(&actor.audit(), e.id, passed).await?;
    Ok(seen)
}

/// HR or a facilitator marks completed those who meet the activity's rule, granting its
/// competence. Naming someone who is not enrolled or does not meet the rule refuses it all.
pub async fn complete(app: &App, actor: &Actor, cohort_id: i64, only: Option<&[PersonId]>) -> Result<(Seen, CompletionOutcome)> {
    let seen = cohort(app, actor, cohort_id).await?;
    seen.runs()?;
    let now = crate::clock::now_local();
    if let Some(only) = only {
        let standings = app.db.learning().standings(seen.cohort.id, now).await?;
        for p in only {
            match standings.iter().find(|x| x.enrolment.person == *p) {
                None => return Err(Error::Conflict { key: "err-not-enrolled", field: Some("people") }),
                Some(x) if x.check.is_err() && x.enrolment.status != EnrolStatus::Completed => {
                    return Err(Error::Conflict { key: "err-rule-not-met", field: Some("people") });
                }
                _ => {}
            }
        }
    }
    let out = app.db.learning().complete(&actor.audit(), seen.cohort.id, only, now).await?;
    Ok((seen, out))
}
