//! E-mail at each step of a placement, to the people concerned, in their own language.
//! Each step of each placement is its own event, so it is queued once.

use crate::notify::tell;
use crate::state::AppState;
use saman_domain::mobility::Direction;
use saman_domain::{OrgId, PersonId, UnitId};
use saman_store::{Opportunity, Placement};

/// The nearest leader above each of the units (never the person themselves).
async fn leaders(state: &AppState, org: OrgId, units: &[UnitId], except: PersonId) -> Vec<PersonId> {
    let view = match state.orgs.get(&state.db, org).await {
        Ok(v) => v,
        Err(e) => {
            tracing::error!(error = %e, org = org.0, "reading leaders to tell");
            return vec![];
        }
    };
    let mut out = vec![];
    for u in units {
        let found = view.tree.ancestry(*u).into_iter().find_map(|a| view.unit(a).and_then(|x| x.leader).filter(|l| *l != except));
        if let Some(l) = found
            && !out.contains(&l)
        {
            out.push(l);
        }
    }
    out
}

/// The person's own leaders at home.
async fn home_leaders(state: &AppState, p: &Placement) -> Vec<PersonId> {
    let units: Vec<UnitId> = match state.db.people().positions_of(p.person).await {
        Ok(ps) => ps.into_iter().filter(|x| x.is_current(crate::scope::today())).map(|x| x.unit).collect(),
        Err(e) => {
            tracing::error!(error = %e, placement = p.id, "reading the home leaders to tell");
            vec![]
        }
    };
    leaders(state, p.org, &units, p.person).await
}

/// Who decides for the host: the person who offered it, or the host unit's leader.
async fn hosts(state: &AppState, p: &Placement, o: &Opportunity) -> Vec<PersonId> {
    if let Some(person) = o.person.filter(|_| o.direction == Direction::Offer) {
        return vec![person];
    }
    match (p.host_org, p.host_unit) {
        (Some(org), Some(u)) => leaders(state, org, &[u], p.person).await,
        _ => vec![],
    }
}

async fn send(state: &AppState, p: &Placement, o: &Opportunity, people: &[PersonId], event: &str) {
    let base = state.cfg.public_url.as_deref();
    let link = base.map(|b| format!("{b}/placements/{}", p.id));
    let dates = p.period.map(|x| format!("{} – {}", x.starts_on.format("%d.%m.%Y"), x.ends_on.format("%d.%m.%Y"))).unwrap_or_default();
    let args = [("title", o.title.clone()), ("person", p.person_name.clone()), ("dates", dates)];
    let key = format!("placement-{event}:{}", p.id);
    tell(
        &state.db,
        p.org,
        people,
        &key,
        &format!("mail-placement-{event}-subject"),
        &format!("mail-placement-{event}-body"),
        &args,
        link.as_deref(),
    )
    .await;
}

pub async fn applied(state: &AppState, p: &Placement, o: &Opportunity) {
    let to = home_leaders(state, p).await;
    send(state, p, o, &to, "applied").await;
}

pub async fn approved(state: &AppState, p: &Placement, o: &Opportunity) {
    let mut to = vec![p.person];
    to.extend(hosts(state, p, o).await);
    send(state, p, o, &to, "approved").await;
}

pub async fn declined(state: &AppState, p: &Placement, o: &Opportunity) {
    let mut to = vec![p.person];
    // Declined by the host after the home leader said yes: the leader is told as well.
    if p.approved_by.is_some() {
        to.extend(home_leaders(state, p).await);
    }
    send(state, p, o, &to, "declined").await;
}

pub async fn withdrawn(state: &AppState, p: &Placement, o: &Opportunity) {
    let mut to = home_leaders(state, p).await;
    to.extend(hosts(state, p, o).await);
    send(state, p, o, &to, "withdrawn").await;
}

pub async fn agreed(state: &AppState, p: &Placement, o: &Opportunity) {
    let mut to = vec![p.person];
    to.extend(home_leaders(state, p).await);
    to.extend(p.contact);
    to.dedup();
    send(state, p, o, &to, "agreed").await;
}

pub async fn completed(state: &AppState, p: &Placement, o: &Opportunity) {
    let mut to = vec![p.person];
    to.extend(home_leaders(state, p).await);
    send(state, p, o, &to, "completed").await;
}

/// Each side of each newly proposed mentoring pair.
pub async fn proposed(state: &AppState, p: &saman_store::Programme, people: &[saman_store::Participant]) {
    let pairs = match state.db.mentoring().pairs(p.id).await {
        Ok(pairs) => pairs,
        Err(e) => {
            tracing::error!(error = %e, programme = p.id, "reading the pairs to tell");
            return;
        }
    };
    let base = state.cfg.public_url.as_deref();
    let link = base.map(|b| format!("{b}/mentoring/{}", p.id));
    for x in pairs.iter().filter(|x| x.state == "proposed" && x.mentor_answer.is_empty() && x.mentee_answer.is_empty()) {
        let who: Vec<PersonId> = people.iter().filter(|q| q.id == x.mentor || q.id == x.mentee).map(|q| q.person).collect();
        let args = [("title", p.title.clone())];
        // Keyed on the two people, so a pair proposed again after re-matching is not mailed twice.
        let key = format!("pair-proposed:{}:{}:{}", p.id, x.mentor, x.mentee);
        tell(&state.db, p.org, &who, &key, "mail-pair-proposed-subject", "mail-pair-proposed-body", &args, link.as_deref()).await;
    }
}
