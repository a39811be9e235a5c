//! E-mail at each step of a placement, to the people concerned, in their own language.
//! Each step of each placement is its own event, so it is queued once.

use super::tell;
use crate::App;
use saman_domain::mobility::Direction;
use saman_domain::{OrgId, PersonId, UnitId};
use saman_store::{Opportunity, Placement, StoreError};

/// The nearest leader above each of the units (never the person themselves).
async fn leaders(app: &App, org: OrgId, units: &[UnitId], except: PersonId) -> Result<Vec<PersonId>, StoreError> {
    let view = app.view(org).await.map_err(|e| match e {
        crate::Error::Store(e) => e,
        other => StoreError::Corrupt(other.to_string()),
    })?;
    let mut out = vec![];
    for u in units {
        let found = view.tree.ancestry(*u).into_iter().find_map(|a| view.unit(a).and_then(|x| x.leader).filter(|l| *l != except));
        if let Some(l) = found
            && !out.contains(&l)
        {
            out.push(l);
        }
    }
    Ok(out)
}

/// The person's own leaders at home.
async fn home_leaders(app: &App, p: &Placement) -> Result<Vec<PersonId>, StoreError> {
    let today = crate::clock::today();
    let units: Vec<UnitId> =
        app.db.people().positions_of(p.person).await?.into_iter().filter(|x| x.is_current(today)).map(|x| x.unit).collect();
    leaders(app, p.org, &units, p.person).await
}

/// Who decides for the host: the person who offered it, or the host unit's leader.
async fn hosts(app: &App, p: &Placement, o: &Opportunity) -> Result<Vec<PersonId>, StoreError> {
    if let Some(person) = o.person.filter(|_| o.direction == Direction::Offer) {
        return Ok(vec![person]);
    }
    match (p.host_org, p.host_unit) {
        (Some(org), Some(u)) => leaders(app, org, &[u], p.person).await,
        _ => Ok(vec![]),
    }
}

async fn send(app: &App, base: Option<&str>, p: &Placement, o: &Opportunity, people: &[PersonId], event: &str) -> Result<(), StoreError> {
    let link = base.map(|b| format!("{b}/placements/{}", p.id));
    let dates = p.period.map(|x| format!("{} – {}", x.starts_on.format("%d.%m.%Y"), x.ends_on.format("%d.%m.%Y"))).unwrap_or_default();
    let args = [("title", o.title.clone()), ("person", p.person_name.clone()), ("dates", dates)];
    let key = format!("placement-{event}:{}", p.id);
    tell(
        &app.db,
        p.org,
        people,
        &key,
        &format!("mail-placement-{event}-subject"),
        &format!("mail-placement-{event}-body"),
        &args,
        link.as_deref(),
    )
    .await
}

/// Who is told of a step of a placement (`applied`, `approved`, `declined`, `withdrawn`,
/// `agreed`, `completed`), and the telling.
pub(super) async fn step(app: &App, base: Option<&str>, p: &Placement, o: &Opportunity, step: &str) -> Result<(), StoreError> {
    let to = match step {
        // The person's own leader decides first.
        "applied" => home_leaders(app, p).await?,
        "approved" => [vec![p.person], hosts(app, p, o).await?].concat(),
        // Declined by the host after the home leader said yes: the leader is told as well.
        "declined" if p.approved_by.is_some() => [vec![p.person], home_leaders(app, p).await?].concat(),
        "declined" => vec![p.person],
        "withdrawn" => [home_leaders(app, p).await?, hosts(app, p, o).await?].concat(),
        "agreed" => {
            let mut to = [vec![p.person], home_leaders(app, p).await?].concat();
            to.extend(p.contact);
            to
        }
        "completed" => [vec![p.person], home_leaders(app, p).await?].concat(),
        other => {
            tracing::warn!(step = other, placement = p.id, "no one is told of this step");
            return Ok(());
        }
    };
    let mut to = to;
    to.sort();
    to.dedup();
    send(app, base, p, o, &to, step).await
}

/// Each side of each newly proposed mentoring pair.
pub(super) async fn proposed(
    app: &App,
    base: Option<&str>,
    p: &saman_store::Programme,
    people: &[saman_store::Participant],
) -> Result<(), StoreError> {
    let pairs = app.db.mentoring().pairs(p.id).await?;
    let link = base.map(|b| format!("{b}/mentoring/{}", p.id));
    for x in pairs
        .iter()
        .filter(|x| x.state == saman_domain::mentoring::PairState::Proposed && x.mentor_answer.is_none() && x.mentee_answer.is_none())
    {
        let who: Vec<PersonId> = people.iter().filter(|q| q.id == x.mentor || q.id == x.mentee).map(|q| q.person).collect();
        let args = [("title", p.title.clone())];
        // Keyed on the two people, so a pair proposed again after re-matching is not mailed twice.
        let key = format!("pair-proposed:{}:{}:{}", p.id, x.mentor, x.mentee);
        tell(&app.db, p.org, &who, &key, "mail-pair-proposed-subject", "mail-pair-proposed-body", &args, link.as_deref()).await?;
    }
    Ok(())
}
