//! Opportunities: offers from a unit (its leader or HR) or in person, and requests; who may
//! apply; the application; sharing fixed weeks among approved applicants; opening and closing.

use crate::access::mobility::Seat;
use crate::input::Parsed;
use crate::{Actor, App, Error, Problems, Result};
use chrono::{Datelike, NaiveDate};
use saman_domain::experts::Visibility;
use saman_domain::mobility::{Allocation, Applicant, Direction, OpportunityKind, Period, Refusal, Stage, allocate as share, parse_weeks};
use saman_domain::{Access, OrgId, PersonId, UnitId, parse};
use saman_store::{CompetenceId, CompetenceRow, NewOpportunity, Opportunity, Placement};

/// Where an offer comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Host {
    /// The actor in person.
    Person,
    Unit(UnitId),
}

/// The hosts the actor may offer from, with the unit's organisation and name: themself (when
/// they are a person somewhere), and the units they lead (and below) or, as HR, every unit.
pub async fn hosts(app: &App, access: &Access) -> Result<Vec<(Host, Option<OrgId>, String)>> {
    let mut out = vec![];
    if access.person.is_some() {
        out.push((Host::Person, None, String::new()));
    }
    for org in access.member_orgs() {
        let view = app.orgs.get(&app.db, org).await?;
        let led = access.led_units(org);
        let mut units: Vec<_> = view
            .units
            .iter()
            .filter(|u| access.manages_org(org) || view.tree.ancestry(u.id).iter().any(|a| led.contains(a)))
            .map(|u| (Host::Unit(u.id), Some(org), u.name.clone()))
            .collect();
        units.sort_by_key(|a| a.2.to_lowercase());
        out.extend(units);
    }
    Ok(out)
}

/// An opportunity as someone entered it.
#[derive(Debug, Clone)]
pub struct OpportunityDraft {
    /// `offer` (default) or `request`.
    pub direction: String,
    pub kind: String,
    pub title: String,
    pub description: String,
    /// For an offer: where it comes from.
    pub host: Parsed<Host>,
    pub reach: String,
    pub places: Parsed<i64>,
    /// Of full time; absent means 100.
    pub percent: Parsed<i64>,
    /// Fixed weeks (`10-11, 14`) in `year`.
    pub weeks: String,
    pub year: Parsed<i64>,
    /// Or one fixed period.
    pub starts_on: Parsed<NaiveDate>,
    pub ends_on: Parsed<NaiveDate>,
    /// Position codes it is open to; empty is everyone.
    pub open_to: Vec<String>,
    /// Up to three competences it builds, each with its field.
    pub competences: Vec<(&'static str, Parsed<i64>)>,
}

/// Checks a draft against the hosts the actor has and the organisation's catalogue. Answers
/// the opportunity and whether it is the actor's own (in person, or a request).
pub fn check(d: &OpportunityDraft, hosts: &[Host], cat: &[CompetenceRow], today: NaiveDate) -> Result<(NewOpportunity, bool)> {
    let mut p = Problems::default();
    let direction = Direction::parse(&d.direction).unwrap_or(Direction::Offer);
    let kind = OpportunityKind::parse(&d.kind);
    if kind.is_none() {
        p.add("kind", if d.kind.is_empty() { "err-required" } else { "err-bad-choice" });
    }
    let title = p.check("title", parse::text(&d.title, 200));
    let description = p.check("description", parse::text(&d.description, 4000));
    let (mut unit, mut by_person) = (None, direction == Direction::Request);
    if direction == Direction::Offer {
        match d.host {
            Ok(Some(h)) if hosts.contains(&h) => match h {
                Host::Person => by_person = true,
                Host::Unit(u) => unit = Some(u),
            },
            Ok(None) => p.add("host", "err-required"),
            _ => p.add("host", "err-bad-choice"),
        }
    }
    let reach = Visibility::parse(&d.reach);
    if reach.is_none() {
        p.add("reach", "err-required");
    }
    let places = if direction == Direction::Offer { p.required_within("places", d.places, 1, 500) } else { Some(1) };
    let percent = match d.percent {
        Ok(None) => Some(100),
        v => p.within("percent", v, 1, 100),
    };
    let mut periods = vec![];
    if !d.weeks.trim().is_empty() {
        let this = i64::from(today.year());
        if let Some(y) = p.required_within("year", d.year, this - 1, this + 5) {
            match parse_weeks(&d.weeks, y as i32) {
                Ok(w) => periods = w,
                Err(_) => p.add("weeks", "err-bad-weeks"),
            }
        }
    }
    if !matches!((d.starts_on, d.ends_on), (Ok(None), Ok(None))) {
        let starts = p.check("starts_on", d.starts_on.and_then(|v| v.ok_or(parse::ParseError::Required)));
        let ends = p.check("ends_on", d.ends_on.and_then(|v| v.ok_or(parse::ParseError::Required)));
        if let (Some(a), Some(b)) = (starts, ends) {
            match Period::new(a, b) {
                Some(x) => periods.push(x),
                None => p.add("ends_on", "err-ends-before-start"),
            }
        }
    }
    periods.sort();
    periods.dedup();
    let open_to: Vec<String> = d.open_to.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).map(str::to_string).collect();
    if open_to.iter().any(|c| c.len() > 20) {
        p.add("open_to", "err-too-long");
    }
    let mut competences = vec![];
    for (field, v) in &d.competences {
        match v {
            Ok(None) => {}
            Ok(Some(c)) if cat.iter().any(|x| x.id.0 == *c) => {
                if !competences.contains(&CompetenceId(*c)) {
                    competences.push(CompetenceId(*c));
                }
            }
            _ => p.add(field, "err-bad-choice"),
        }
    }
    p.done()?;
    let (Some(kind), Some(title), Some(description), Some(reach), Some(places), Some(percent)) =
        (kind, title, description, reach, places, percent)
    else {
        return Err(Error::invalid("title", "err-required"));
    };
    Ok((
        NewOpportunity { unit, person: None, kind, direction, title, description, reach, places, open_to, percent, periods, competences },
        by_person,
    ))
}

/// Offers or asks for an opportunity. Answers its id and the placement it made at once (a
/// request from someone who may approve it themself), if any.
pub async fn create(app: &App, actor: &Actor, d: &OpportunityDraft) -> Result<(i64, Option<i64>)> {
    let request = Direction::parse(&d.direction) == Some(Direction::Request);
    if request && actor.access.person.is_none() {
        return Err(Error::Forbidden);
    }
    let hosts = hosts(app, &actor.access).await?;
    // A unit the actor may not offer from: not found unless they see its organisation.
    if let (false, Ok(Some(Host::Unit(u)))) = (request, d.host)
        && !hosts.iter().any(|h| h.0 == Host::Unit(u))
    {
        let unit = app.db.orgs().unit(u).await?;
        return Err(if actor.access.member_orgs().contains(&unit.org) || actor.access.is_admin() {
            Error::Forbidden
        } else {
            Error::NotFound
        });
    }
    // The catalogue is the offering unit's organisation's (one's own for a personal offer or a request).
    let unit_org = match (request, d.host) {
        (false, Ok(Some(Host::Unit(u)))) => hosts.iter().find(|h| h.0 == Host::Unit(u)).and_then(|h| h.1),
        _ => None,
    };
    let org_hint = unit_org.or_else(|| actor.access.person.map(|(o, _)| o)).or_else(|| actor.access.member_orgs().first().copied());
    let cat = match org_hint {
        Some(o) => app.catalogues.get(&app.db, Some(o)).await?.to_vec(),
        None => vec![],
    };
    let allowed: Vec<Host> = hosts.iter().map(|h| h.0).collect();
    let (mut n, by_person) = check(d, &allowed, &cat, crate::clock::today())?;
    let org = if by_person {
        let Some((org, person)) = actor.access.person else { return Err(Error::Forbidden) };
        n.person = Some(person);
        n.unit = crate::access::own_units(app, &actor.access, org).await?.first().copied();
        org
    } else {
        let Some(org) = unit_org else { return Err(Error::Forbidden) };
        org
    };
    Ok(app.db.mobility().create(&actor.audit(), org, &n).await?)
}

/// The opportunity, if the actor sees it, with the actor's seat.
pub async fn opportunity(app: &App, actor: &Actor, id: i64) -> Result<(Opportunity, Seat)> {
    let o = app.db.mobility().get(id).await?;
    let mut seat = Seat::load(app, &actor.access).await?;
    if seat.sees(app, &actor.access, &o).await? { Ok((o, seat)) } else { Err(Error::NotFound) }
}

/// Whether the actor may apply, and as whom; or why not.
pub async fn may_apply(
    app: &App,
    access: &Access,
    seat: &mut Seat,
    o: &Opportunity,
) -> Result<std::result::Result<(OrgId, PersonId), Refusal>> {
    let Some((org, person)) = access.person else { return Ok(Err(Refusal::NotOpenToYou)) };
    if o.direction != Direction::Offer || !o.open {
        return Ok(Err(Refusal::Closed));
    }
    if o.person == Some(person) {
        return Ok(Err(Refusal::OwnOpportunity));
    }
    if !o.open_to.is_empty() {
        let codes = seat.positions(app, org).await?.codes.get(&person).cloned().unwrap_or_default();
        if !codes.iter().any(|c| o.open_to.iter().any(|x| x.eq_ignore_ascii_case(c))) {
            return Ok(Err(Refusal::NotOpenToYou));
        }
    }
    Ok(Ok((org, person)))
}

/// An application as someone entered it.
#[derive(Debug, Clone)]
pub struct ApplicationDraft {
    /// For fixed periods: the first day of the one wanted, or `any`.
    pub period: String,
    /// Otherwise proposed dates, if any.
    pub starts_on: Parsed<NaiveDate>,
    pub ends_on: Parsed<NaiveDate>,
    pub motivation: String,
}

/// Reads the dates of an application: a fixed period, or proposed dates.
pub fn check_application(d: &ApplicationDraft, o: &Opportunity) -> Result<(Option<Period>, String)> {
    let mut p = Problems::default();
    let motivation = p.check("motivation", parse::text(&d.motivation, 2000));
    let mut period = None;
    if !o.periods.is_empty() {
        // `any`: whichever of the weeks the host can give.
        match o.periods.iter().find(|x| x.starts_on.to_string() == d.period) {
            Some(x) => period = Some(*x),
            None if d.period == "any" => {}
            None => p.add("period", if d.period.is_empty() { "err-required" } else { "err-bad-choice" }),
        }
    } else if !matches!((d.starts_on, d.ends_on), (Ok(None), Ok(None))) {
        let a = p.check("starts_on", d.starts_on.and_then(|v| v.ok_or(parse::ParseError::Required)));
        let b = p.check("ends_on", d.ends_on.and_then(|v| v.ok_or(parse::ParseError::Required)));
        if let (Some(a), Some(b)) = (a, b) {
            period = Period::new(a, b);
            if period.is_none() {
                p.add("ends_on", "err-ends-before-start");
            }
        }
    }
    p.done()?;
    Ok((period, motivation.unwrap_or_default()))
}

/// The actor applies; the application goes to their own leader.
pub async fn apply(app: &App, actor: &Actor, id: i64, d: &ApplicationDraft) -> Result<Placement> {
    let (o, mut seat) = opportunity(app, actor, id).await?;
    let (org, person) = may_apply(app, &actor.access, &mut seat, &o).await?.map_err(|r| Error::Conflict { key: r.key(), field: None })?;
    let (period, motivation) = check_application(d, &o)?;
    let pid = app.db.mobility().apply(&actor.audit(), o.id, org, person, period, &motivation).await.map_err(|e| match e {
        saman_store::StoreError::Refused(key) => Error::Conflict { key, field: Some("motivation") },
        e => e.into(),
    })?;
    Ok(app.db.mobility().placement(pid).await?)
}

/// The host shares the fixed weeks among the approved applicants optimally: as many as the
/// places allow, in the week they asked for where possible.
pub async fn allocate(app: &App, actor: &Actor, id: i64) -> Result<Allocation> {
    let (o, mut seat) = opportunity(app, actor, id).await?;
    if !seat.hosts_offer(app, &actor.access, &o).await? {
        return Err(Error::Forbidden);
    }
    let store = app.db.mobility();
    let placements = store.placements_of(o.id).await?;
    let taken: Vec<Period> = placements.iter().filter(|p| p.stage.holds_place()).filter_map(|p| p.period).collect();
    let mut applicants = vec![];
    for p in placements.iter().filter(|p| p.stage == Stage::Approved) {
        let busy = store
            .placements_of_person(p.person)
            .await?
            .into_iter()
            .filter(|x| x.id != p.id && x.stage.holds_place())
            .filter_map(|x| x.period)
            .collect();
        applicants.push(Applicant { id: p.id, wants: p.period.filter(|w| o.periods.contains(w)), busy });
    }
    let out = share(&o.periods, o.places, &taken, &applicants);
    store.set_periods(&actor.audit(), o.id, &out.placed, &out.left_out).await?;
    Ok(out)
}

/// The host (or the person offering in person) closes an opportunity to new applications,
/// or opens it again.
pub async fn set_open(app: &App, actor: &Actor, id: i64, open: bool) -> Result<Opportunity> {
    let (o, mut seat) = opportunity(app, actor, id).await?;
    let owner = seat.hosts_offer(app, &actor.access, &o).await? || o.person.is_some_and(|p| actor.access.person == Some((o.org, p)));
    if !owner {
        return Err(Error::Forbidden);
    }
    app.db.mobility().set_open(&actor.audit(), o.id, open).await?;
    Ok(o)
}
