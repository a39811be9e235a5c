//! What a placement's page and its attestation show, read for the actor.

use super::{Seen, placement};
use crate::access::Positions;
use crate::access::mobility::Seat;
use crate::{Actor, App, Error, Result};
use saman_domain::mobility::{Direction, Side, Stage};
use saman_domain::{OrgId, PersonId, UnitId};
use saman_store::{CompetenceRow, Evaluation, LogEntry, Opportunity, Placement};
use std::sync::Arc;

/// "Person, Unit, Organisation" of whoever offers or asks, as far as known.
pub async fn host_text(app: &App, seat: &Seat, o: &Opportunity) -> Result<String> {
    let org = seat.org(o.org).map(|x| x.name.clone()).unwrap_or_default();
    let unit = match o.unit {
        Some(u) => app.view(o.org).await?.unit(u).map(|x| x.name.clone()),
        None => None,
    };
    let who = match (&o.person_name, unit) {
        (Some(p), Some(u)) => format!("{p}, {u}"),
        (Some(p), None) => p.clone(),
        (None, Some(u)) => u,
        (None, None) => String::new(),
    };
    Ok(if who.is_empty() { org } else { format!("{who}, {org}") })
}

/// "Unit, Organisation" of the host as agreed (or as offered); `None` while a request has no host.
async fn host_of(app: &App, seat: &Seat, p: &Placement, o: &Opportunity) -> Result<Option<String>> {
    match (p.host_org, p.host_unit) {
        (Some(org), Some(u)) if o.direction == Direction::Request => {
            let unit = app.view(org).await?.unit(u).map(|x| x.name.clone()).unwrap_or_default();
            let name = app.db.orgs().organisation(org).await?.name;
            Ok(Some(format!("{unit}, {name}")))
        }
        _ if p.host_org.is_some() || o.direction == Direction::Offer => Ok(Some(host_text(app, seat, o).await?)),
        _ => Ok(None),
    }
}

/// A placement as its page shows it to the actor.
pub struct Detail {
    pub seen: Seen,
    /// The reflection log, for the participant and the contact only.
    pub log: Option<Vec<LogEntry>>,
    /// Both sides' evaluations: they are for everyone in the placement.
    pub evaluations: Vec<Evaluation>,
    /// The side the actor may still evaluate from.
    pub my_side: Option<Side>,
    /// Units the actor may take the person in at, when they may take up the request now.
    pub host_units: Vec<(OrgId, UnitId, String)>,
    /// Who the host may name as contact, by name.
    pub contacts: Vec<(PersonId, String)>,
    pub host: Option<String>,
    pub home_org: String,
}

pub async fn detail(app: &App, actor: &Actor, id: i64) -> Result<Detail> {
    let mut seen = placement(app, actor, id).await?;
    let (p, parts) = (&seen.placement, &seen.parts);
    let log = if parts.participant || parts.contact { Some(app.db.mobility().log(p.id).await?) } else { None };
    let evaluations = app.db.mobility().evaluations(p.id).await?;
    let my_side = if parts.participant && !evaluations.iter().any(|e| e.side == Side::Participant) {
        Some(Side::Participant)
    } else if (parts.host || parts.contact) && !evaluations.iter().any(|e| e.side == Side::Host) {
        Some(Side::Host)
    } else {
        None
    };
    let (may_take_up, host) = (parts.may_take_up, parts.host);
    let (stage, host_org, host_unit) = (p.stage, p.host_org, p.host_unit);
    let host_units = if may_take_up && stage == Stage::Approved { seat_units(app, actor, &mut seen).await? } else { vec![] };
    // Taking up a request, the contact may be in any organisation where the actor can host.
    let mut contact_orgs: Vec<OrgId> = host_units.iter().map(|h| h.0).collect();
    contact_orgs.sort();
    contact_orgs.dedup();
    if let Some(org) = host_org {
        contact_orgs = vec![org];
    }
    let mut contacts = vec![];
    if stage == Stage::Approved && (host || may_take_up) {
        for org in contact_orgs {
            let people = Positions::load(app, org).await?.people_in(if may_take_up { None } else { host_unit }, None);
            let mut named: Vec<(PersonId, String)> = app.db.people().names(&people).await?.into_iter().collect();
            named.sort_by_key(|a| a.1.to_lowercase());
            contacts.extend(named);
        }
    }
    let host = host_of(app, &seen.seat, &seen.placement, &seen.opportunity).await?;
    let home_org = app.db.orgs().organisation(seen.placement.org).await?.name;
    Ok(Detail { seen, log, evaluations, my_side, host_units, contacts, host, home_org })
}

async fn seat_units(app: &App, actor: &Actor, seen: &mut Seen) -> Result<Vec<(OrgId, UnitId, String)>> {
    seen.seat.host_units(app, &actor.access, &seen.opportunity).await
}

/// What a completed placement's attestation says.
pub struct Attestation {
    pub seen: Seen,
    pub host: String,
    pub home_org: String,
    /// The catalogue of the home organisation, naming the competences practised.
    pub catalogue: Arc<Vec<CompetenceRow>>,
}

/// The attestation of a completed placement, for the people in it.
pub async fn attestation(app: &App, actor: &Actor, id: i64) -> Result<Attestation> {
    let seen = placement(app, actor, id).await?;
    let parts = &seen.parts;
    if !(parts.participant || parts.home || parts.host || parts.contact) {
        return Err(Error::NotFound);
    }
    if seen.placement.stage != Stage::Completed {
        return Err(Error::Conflict { key: "mobility-attestation-not-yet", field: None });
    }
    let host = host_of(app, &seen.seat, &seen.placement, &seen.opportunity).await?.unwrap_or_default();
    let home_org = app.db.orgs().organisation(seen.placement.org).await?.name;
    let catalogue = app.catalogue(Some(seen.placement.org)).await?;
    Ok(Attestation { seen, host, home_org, catalogue })
}
