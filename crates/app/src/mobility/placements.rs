//! A placement's later steps: the host's agreement (or taking up a request), the reflection
//! log, and each side's evaluation.

use super::{Seen, placement};
use crate::access::Positions;
use crate::input::Parsed;
use crate::{Actor, App, Error, Problems, Result};
use chrono::NaiveDate;
use saman_domain::mobility::Period;
use saman_domain::{OrgId, PersonId, UnitId, parse};
use saman_store::{Agreement, Evaluation, Placement, StoreError};

/// The agreement as the host entered it.
#[derive(Debug, Clone)]
pub struct AgreementDraft {
    /// For a request: the unit taking the person in.
    pub host_unit: Parsed<UnitId>,
    pub starts_on: Parsed<NaiveDate>,
    pub ends_on: Parsed<NaiveDate>,
    pub goals: String,
    /// The host's contact person.
    pub contact: Parsed<i64>,
    pub tasks: String,
    /// Of full time; absent keeps what was asked for.
    pub percent: Parsed<i64>,
}

/// Who may be the contact person: people of the host organisation (in the host unit, once known).
pub async fn contacts(app: &App, org: OrgId, unit: Option<UnitId>) -> Result<Vec<PersonId>> {
    Ok(Positions::load(app, org).await?.people_in(unit, None))
}

/// The host says yes with the agreement (or someone takes up a request for a unit they may host from).
pub async fn accept(app: &App, actor: &Actor, id: i64, d: &AgreementDraft) -> Result<Placement> {
    let mut seen = placement(app, actor, id).await?;
    if !(seen.parts.host || seen.parts.may_take_up) {
        return Err(Error::Forbidden);
    }
    let mut p = Problems::default();
    let host = if seen.parts.may_take_up {
        let units = seen.seat.host_units(app, &actor.access, &seen.opportunity).await?;
        match d.host_unit {
            Ok(Some(u)) => match units.iter().find(|(_, x, _)| *x == u) {
                Some((org, u, _)) => Some((*org, Some(*u))),
                None => {
                    p.add("host_unit", "err-bad-choice");
                    None
                }
            },
            Ok(None) => {
                p.add("host_unit", "err-required");
                None
            }
            Err(_) => {
                p.add("host_unit", "err-bad-choice");
                None
            }
        }
    } else {
        None
    };
    let starts = p.check("starts_on", d.starts_on.and_then(|v| v.ok_or(parse::ParseError::Required)));
    let ends = p.check("ends_on", d.ends_on.and_then(|v| v.ok_or(parse::ParseError::Required)));
    let period = match (starts, ends) {
        (Some(a), Some(b)) => {
            let x = Period::new(a, b);
            if x.is_none() {
                p.add("ends_on", "err-ends-before-start");
            }
            x
        }
        _ => None,
    };
    let goals = p.check("goals", parse::text(&d.goals, 2000));
    let (contact_org, contact_unit) = match host {
        Some((org, unit)) => (Some(org), unit),
        None if seen.parts.may_take_up => (None, None),
        None => (seen.placement.host_org, seen.placement.host_unit),
    };
    let allowed = match contact_org {
        Some(org) => contacts(app, org, if seen.parts.may_take_up { None } else { contact_unit }).await?,
        None => vec![],
    };
    let contact = match d.contact {
        Ok(Some(c)) if allowed.contains(&PersonId(c)) => Some(PersonId(c)),
        Ok(None) => {
            p.add("contact", "err-required");
            None
        }
        _ => {
            p.add("contact", "err-bad-choice");
            None
        }
    };
    let tasks = p.check("tasks", parse::text(&d.tasks, 2000));
    let percent = match d.percent {
        Ok(None) => Some(seen.placement.percent),
        v => p.within("percent", v, 1, 100),
    };
    p.done()?;
    let (Some(period), Some(goals), Some(contact), Some(tasks), Some(percent)) = (period, goals, contact, tasks, percent) else {
        return Err(Error::invalid("goals", "err-required"));
    };
    let a = Agreement { host, period, goals, contact, tasks, percent };
    app.db.mobility().accept(&actor.audit(), seen.placement.id, &a).await.map_err(|e| match e {
        StoreError::Refused(key) => Error::Conflict { key, field: Some("starts_on") },
        e => e.into(),
    })
}

/// The participant or the contact person writes in the reflection log.
pub async fn add_log(app: &App, actor: &Actor, id: i64, body: &str) -> Result<Seen> {
    let seen = placement(app, actor, id).await?;
    let Some((_, me)) = actor.access.person else { return Err(Error::Forbidden) };
    if !(seen.parts.participant || seen.parts.contact) {
        return Err(Error::Forbidden);
    }
    let body = parse::text(body, 4000).map_err(|e| Error::invalid("body", e.key()))?;
    app.db.mobility().add_log(&actor.audit(), seen.placement.id, me, &body).await?;
    Ok(seen)
}

/// An evaluation as someone entered it.
#[derive(Debug, Clone)]
pub struct EvaluationDraft {
    /// 1 (of little use) to 5 (very useful).
    pub rating: Parsed<i64>,
    pub learnt: String,
    pub improve: String,
}

/// One side's evaluation; the second completes the placement. Answers the placement and
/// whether it is now complete.
pub async fn evaluate(app: &App, actor: &Actor, id: i64, d: &EvaluationDraft) -> Result<(Placement, bool)> {
    let seen = placement(app, actor, id).await?;
    let Some((_, me)) = actor.access.person else { return Err(Error::Forbidden) };
    let Some(side) = seen.parts.evaluation_side() else { return Err(Error::Forbidden) };
    let mut p = Problems::default();
    let rating = match d.rating {
        Ok(Some(r)) if (1..=5).contains(&r) => Some(r),
        Ok(None) => {
            p.add("rating", "err-required");
            None
        }
        _ => {
            p.add("rating", "err-bad-choice");
            None
        }
    };
    let learnt = p.check("learnt", parse::text(&d.learnt, 2000));
    let improve = p.check("improve", parse::optional_text(&d.improve, 2000));
    p.done()?;
    let (Some(rating), Some(learnt), Some(improve)) = (rating, learnt, improve) else {
        return Err(Error::invalid("rating", "err-required"));
    };
    let ev = Evaluation { side, person: me, rating, learnt, improve, answered_at: 0 };
    let done = app.db.mobility().evaluate(&actor.audit(), seen.placement.id, &ev, crate::clock::today()).await.map_err(|e| match e {
        StoreError::Refused(key) => Error::Conflict { key, field: Some("learnt") },
        e => e.into(),
    })?;
    Ok((app.db.mobility().placement(seen.placement.id).await?, done))
}
