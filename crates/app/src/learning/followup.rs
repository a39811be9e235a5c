//! Transfer follow-up: the goal the participant and their leader agree before an activity,
//! and their answers after it on whether practice changed.

use super::enrolments::{EnrolmentSeen, enrolment};
use crate::access::Positions;
use crate::access::learning::Who;
use crate::{Actor, App, Error, Result};
use saman_domain::learning::{Respondent, Used};
use saman_domain::{OrgId, parse};
use saman_store::DueFollowUp;

/// Follow-ups waiting for the actor in the organisation: their own, and as a leader those
/// about the people they lead.
pub async fn due_for(app: &App, actor: &Actor, org: OrgId) -> Result<(Vec<DueFollowUp>, Vec<DueFollowUp>)> {
    let now = saman_store::now_unix();
    let who = Who::of(&actor.access, org);
    let store = app.db.learning();
    let mine = match who.me {
        Some(p) => store.due_follow_ups(org, Respondent::Participant, Some(&[p]), now).await?,
        None => vec![],
    };
    let mut theirs = vec![];
    if !who.led.is_empty() {
        let place = Positions::load(app, org).await?;
        for d in store.due_follow_ups(org, Respondent::Leader, None, now).await? {
            if who.me != Some(d.person) && who.leads(&place.ancestries(d.person)) {
                theirs.push(d);
            }
        }
    }
    Ok((mine, theirs))
}

/// The enrolment, and in which part the actor answers for it: as the participant or as
/// their leader. Anyone else who sees the enrolment is refused.
async fn respondent(app: &App, actor: &Actor, id: i64) -> Result<(EnrolmentSeen, Respondent)> {
    let e = enrolment(app, actor, id).await?;
    let r = if e.seen.who.me == Some(e.enrolment.person) {
        Respondent::Participant
    } else if e.leads {
        Respondent::Leader
    } else {
        return Err(Error::Forbidden);
    };
    Ok((e, r))
}

/// The participant or their leader writes what should change in practice.
pub async fn set_goal(app: &App, actor: &Actor, id: i64, goal: &str) -> Result<EnrolmentSeen> {
    let (e, _) = respondent(app, actor, id).await?;
    let goal = parse::text(goal, 1000).map_err(|err| Error::invalid("goal", err.key()))?;
    app.db.learning().set_goal(&actor.audit(), e.enrolment.id, Some(&goal)).await?;
    Ok(e)
}

/// Answers a follow-up: whether what was learnt is used (`used`'s code), and what hinders.
pub async fn answer(app: &App, actor: &Actor, id: i64, used: &str, hinders: &str) -> Result<EnrolmentSeen> {
    let (e, respondent) = respondent(app, actor, id).await?;
    let Some(me) = e.seen.who.me else { return Err(Error::Forbidden) };
    let Some(used) = Used::parse(used) else {
        return Err(Error::invalid("used", if used.is_empty() { "err-required" } else { "err-bad-choice" }));
    };
    let hinders = parse::optional_text(hinders, 1000).map_err(|err| Error::invalid("hinders", err.key()))?;
    let now = saman_store::now_unix();
    app.db.learning().answer_follow_up(&actor.audit(), e.enrolment.id, respondent, me, used, hinders.as_deref(), now).await?;
    Ok(e)
}
