//! Enrolment: oneself, a leader's people, or HR's choice of anyone in the organisation;
//! approval by one's leader where the activity asks for it; cancelling; self check-in.

use super::cohorts::{Seen, cohort};
use crate::access::Positions;
use crate::{Actor, App, Error, Result};
use saman_domain::{PersonId, UnitId};
use saman_store::{Activity, EnrolOutcome, Enrolment};

/// Whom an enrolment is for.
#[derive(Debug, Clone)]
pub enum Target {
    /// The actor themself; waits for the leader where the activity asks for approval.
    Me,
    /// Everyone with a current position in the unit (and below), or the whole organisation,
    /// optionally only with the position code.
    Group { unit: Option<i64>, code: Option<String> },
    /// Named people of the organisation.
    People(Vec<PersonId>),
}

/// Whom the actor may enrol for this target, or why not.
async fn people(app: &App, seen: &Seen, target: Target) -> Result<Vec<PersonId>> {
    let who = &seen.who;
    match target {
        Target::Me => Ok(vec![who.me.ok_or(Error::Forbidden)?]),
        Target::Group { unit, code } => {
            if !who.enrols_others() {
                return Err(Error::Forbidden);
            }
            let place = Positions::load(app, seen.activity.org).await?;
            let unit = match unit {
                None => None,
                Some(u) => Some(Some(UnitId(u)).filter(|u| place.tree.contains(*u)).ok_or(Error::invalid("unit", "err-bad-choice"))?),
            };
            // A leader enrols within the units they lead.
            if !who.manage && !unit.is_some_and(|u| place.tree.ancestry(u).iter().any(|x| who.led.contains(x))) {
                return Err(Error::Forbidden);
            }
            let people = place.people_in(unit, code.as_deref().map(str::trim).filter(|c| !c.is_empty()));
            if people.is_empty() {
                return Err(Error::invalid("unit", "err-nobody-there"));
            }
            Ok(people)
        }
        Target::People(people) => {
            if !who.manage {
                let place = Positions::load(app, seen.activity.org).await?;
                if who.led.is_empty() || people.iter().any(|p| !who.leads(&place.ancestries(*p))) {
                    return Err(Error::Forbidden);
                }
            }
            Ok(people)
        }
    }
}

/// Enrols as the actor may: oneself; HR anyone in the organisation; a leader people in the
/// units they lead. Free places first, then the waiting list. Where the activity asks for
/// approval, the actor's own place waits for their leader unless they are HR.
pub async fn enrol(app: &App, actor: &Actor, cohort_id: i64, target: Target) -> Result<(Seen, EnrolOutcome)> {
    let seen = cohort(app, actor, cohort_id).await?;
    let alone = matches!(target, Target::Me);
    let people = people(app, &seen, target).await?;
    let who = &seen.who;
    let me_pending = who.me.filter(|m| seen.activity.needs_approval && !who.manage && people.contains(m));
    let out = app.db.learning().enrol(&actor.audit(), seen.cohort.id, &people, me_pending).await?;
    if alone && !out.already.is_empty() {
        return Err(Error::Conflict { key: "err-already-enrolled", field: None });
    }
    Ok((seen, out))
}

/// An enrolment with its cohort, and whether the actor leads the person.
pub struct EnrolmentSeen {
    pub enrolment: Enrolment,
    pub seen: Seen,
    pub leads: bool,
}

/// The enrolment, if the actor may see the person in the cohort; otherwise not found.
pub async fn enrolment(app: &App, actor: &Actor, id: i64) -> Result<EnrolmentSeen> {
    let e = app.db.learning().enrolment(id).await?;
    let seen = cohort(app, actor, e.cohort).await?;
    let place = Positions::load(app, seen.activity.org).await?;
    let anc = place.ancestries(e.person);
    if !seen.who.sees(&seen.cohort, e.person, &anc) {
        return Err(Error::NotFound);
    }
    Ok(EnrolmentSeen { leads: seen.who.leads(&anc), enrolment: e, seen })
}

/// The cohort's enrolments the actor may see: all for HR and the facilitators, their own
/// people for a leader, their own for anyone else; each with the sessions the person attended.
pub async fn enrolments(app: &App, actor: &Actor, cohort_id: i64) -> Result<(Seen, Vec<(Enrolment, usize)>)> {
    let seen = cohort(app, actor, cohort_id).await?;
    let place = Positions::load(app, seen.activity.org).await?;
    let all = app.db.learning().enrolments(seen.cohort.id).await?;
    let attendance = app.db.learning().attendance(seen.cohort.id).await?;
    let shown = all
        .into_iter()
        .filter(|e| seen.who.sees(&seen.cohort, e.person, &place.ancestries(e.person)))
        .map(|e| {
            let attended = attendance.values().filter(|ps| ps.contains(&e.person)).count();
            (e, attended)
        })
        .collect();
    Ok((seen, shown))
}

/// Cancels an enrolment (the person, their leader, HR or a facilitator). Answers who moved
/// up from the waiting list into the freed place.
pub async fn cancel(app: &App, actor: &Actor, id: i64) -> Result<(EnrolmentSeen, Vec<PersonId>)> {
    let e = enrolment(app, actor, id).await?;
    let who = &e.seen.who;
    if !who.may_cancel(&e.seen.cohort, e.enrolment.person, e.leads) {
        return Err(Error::Forbidden);
    }
    let promoted = app.db.learning().cancel(&actor.audit(), e.enrolment.id).await?;
    Ok((e, promoted))
}

/// Approves an enrolment waiting for it: HR, or the person's leader (approving oneself is not approval).
pub async fn approve(app: &App, actor: &Actor, id: i64) -> Result<EnrolmentSeen> {
    let e = enrolment(app, actor, id).await?;
    let who = &e.seen.who;
    if !who.may_approve(e.enrolment.person, e.leads) {
        return Err(Error::Forbidden);
    }
    app.db.learning().approve(&actor.audit(), e.enrolment.id).await?;
    Ok(e)
}

/// Self check-in with the code shown in the room, from a quarter of an hour before the
/// session starts until an hour after it ends. Answers the activity checked in to.
pub async fn check_in(app: &App, actor: &Actor, code: &str) -> Result<Activity> {
    let Some((_, person)) = actor.access.person else { return Err(Error::Forbidden) };
    let code = saman_domain::learning::normalise_code(code);
    if code.is_empty() {
        return Err(Error::invalid("code", "err-required"));
    }
    let session = match app.db.learning().session_by_code(person, &code).await {
        Ok(s) => s,
        Err(saman_store::StoreError::NotFound) => return Err(Error::invalid("code", "err-checkin-code")),
        Err(e) => return Err(e.into()),
    };
    let now = crate::clock::now_local();
    if !saman_domain::learning::check_in_open(session.starts_at, session.ends_at, now) {
        return Err(Error::Conflict { key: "err-checkin-closed", field: Some("code") });
    }
    app.db.learning().mark_attendance(&actor.audit(), session.id, &[person], "checkin", now.max(session.starts_at)).await?;
    let c = app.db.learning().cohort(session.cohort).await?;
    Ok(app.db.learning().activity(c.activity).await?)
}
