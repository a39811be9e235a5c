//! Countering hoarding: a leader sees the competence lent out from their units and received
//! into them; HR the same for the organisation; HR and a network coordinator the flows between
//! the organisations (people and working days, no names).

use crate::access::mobility::Seat;
use crate::{Actor, App, Error, Result};
use saman_domain::mobility::{Flow, flows as sum_flows};
use saman_domain::{Access, OrgId, Role, UnitId};
use saman_store::{CompetenceRow, Opportunity, Organisation, Placement};
use std::collections::HashMap;

/// A placement as one side of the balance sees it.
pub struct Lent {
    pub placement: Placement,
    /// The opportunity's title.
    pub title: String,
    /// What it builds, from the balance's catalogue.
    pub competences: Vec<CompetenceRow>,
    /// The other side: "Unit, Organisation" within the organisation, else the organisation.
    pub other: String,
}

/// Lent out and received for a set of units (or a whole organisation).
pub struct Balance {
    pub name: String,
    pub lent: Vec<Lent>,
    pub received: Vec<Lent>,
}

/// People lent between organisations, by index into `names`.
pub struct Matrix {
    pub names: Vec<String>,
    pub flows: Vec<Flow<usize>>,
}

pub struct Flows {
    pub balances: Vec<Balance>,
    pub matrix: Option<Matrix>,
}

/// Whether the actor may see flows: leaders, HR, coordinators and administrators.
pub fn may_see(access: &Access) -> bool {
    access.is_admin() || [Role::Coordinator, Role::Hr, Role::Leader].iter().any(|r| access.has_role(*r))
}

/// The flows for leaders, HR and coordinators; anyone else is refused.
pub async fn flows(app: &App, actor: &Actor) -> Result<Flows> {
    let access = &actor.access;
    if !may_see(access) {
        return Err(Error::Forbidden);
    }
    let coordinator = access.is_admin() || access.has_role(Role::Coordinator);
    let mut seat = Seat::load(app, access).await?;
    let org_ids: Vec<OrgId> = seat.orgs.iter().map(|o| o.id).collect();
    let placements: Vec<Placement> = app.db.placements_among(&org_ids).await?.into_iter().filter(|p| p.stage.holds_place()).collect();
    let opportunities: HashMap<i64, Opportunity> = app.db.mobility().in_orgs(&org_ids).await?.into_iter().map(|o| (o.id, o)).collect();
    let names: HashMap<OrgId, String> = seat.orgs.iter().map(|o| (o.id, o.name.clone())).collect();
    let mut balances = vec![];
    for org in access.member_orgs() {
        let manages = access.manages_org(org);
        let led = access.led_units(org);
        if !manages && led.is_empty() {
            continue;
        }
        let view = app.view(org).await?;
        let cat = app.catalogue(Some(org)).await?;
        let pos = seat.positions(app, org).await?;
        let in_led = |u: UnitId| view.tree.ancestry(u).iter().any(|a| led.contains(a));
        let line = |p: &Placement, other: String| {
            let o = opportunities.get(&p.opportunity);
            Lent {
                placement: p.clone(),
                title: o.map(|o| o.title.clone()).unwrap_or_default(),
                competences: o
                    .map(|o| o.competences.iter().filter_map(|c| cat.iter().find(|x| x.id == *c)).cloned().collect())
                    .unwrap_or_default(),
                other,
            }
        };
        // The other side's unit is named when it is in this organisation; otherwise its organisation.
        let unit_name = |other: Option<OrgId>, u: Option<UnitId>| -> String {
            let o = other.and_then(|o| names.get(&o).cloned()).unwrap_or_default();
            match u.filter(|_| other == Some(org)).and_then(|u| view.unit(u)) {
                Some(x) => format!("{}, {o}", x.name),
                None => o,
            }
        };
        let (mut lent, mut received) = (vec![], vec![]);
        for p in &placements {
            let home_here = p.org == org && (manages || pos.units.get(&p.person).is_some_and(|us| us.iter().any(|u| in_led(*u))));
            let host_here = p.host_org == Some(org) && (manages || p.host_unit.is_some_and(in_led));
            if home_here && !host_here {
                lent.push(line(p, unit_name(p.host_org, p.host_unit)));
            } else if host_here && !home_here {
                let home_unit = pos.units.get(&p.person).and_then(|us| us.first().copied());
                received.push(line(p, unit_name(Some(p.org), home_unit)));
            }
        }
        let name = if manages {
            names.get(&org).cloned().unwrap_or_default()
        } else {
            led.iter().filter_map(|u| view.unit(*u)).map(|u| u.name.clone()).collect::<Vec<_>>().join(", ")
        };
        balances.push(Balance { name, lent, received });
    }
    let matrix = (coordinator || access.has_role(Role::Hr)).then(|| {
        let mut orgs: Vec<&Organisation> =
            seat.orgs.iter().filter(|o| coordinator || o.network_id.is_some() || access.manages_org(o.id)).collect();
        orgs.sort_by(|a, b| a.name.cmp(&b.name));
        let index: HashMap<OrgId, usize> = orgs.iter().enumerate().map(|(i, o)| (o.id, i)).collect();
        let flows = sum_flows(placements.iter().filter_map(|p| {
            Some((index.get(&p.org).copied()?, index.get(&p.host_org?).copied()?, p.period.map(|x| x.working_days()).unwrap_or(0)))
        }));
        Matrix { names: orgs.iter().map(|o| o.name.clone()).collect(), flows }
    });
    Ok(Flows { balances, matrix })
}
