//! Who may see and do what with mobility opportunities and placements — one set of rules for
//! the pages and the API.

use super::Positions;
use crate::{App, Error, Result};
use saman_domain::Access;
use saman_domain::experts::{OfferScope, Viewer};
use saman_domain::mobility::Direction;
use saman_domain::{OrgId, PersonId, UnitId};
use saman_store::{Opportunity, Organisation, Placement};
use std::collections::HashMap;

/// What the user is, seen from the network: the organisations things may come from, and the
/// positions in each (loaded once per request).
pub struct Seat {
    pub viewer: Viewer,
    pub orgs: Vec<Organisation>,
    positions: HashMap<OrgId, Positions>,
}

impl Seat {
    pub async fn load(app: &App, access: &Access) -> Result<Seat> {
        let (viewer, orgs) = super::sharing(app, access).await?;
        Ok(Seat { viewer, orgs, positions: HashMap::new() })
    }

    pub async fn positions(&mut self, app: &App, org: OrgId) -> Result<&Positions> {
        if let std::collections::hash_map::Entry::Vacant(e) = self.positions.entry(org) {
            let p = Positions::load(app, org).await?;
            e.insert(p);
        }
        self.positions.get(&org).ok_or(Error::NotFound)
    }

    pub fn org(&self, id: OrgId) -> Option<&Organisation> {
        self.orgs.iter().find(|o| o.id == id)
    }

    /// Whether the user sees the opportunity: its reach, as for expert-pool offers.
    pub async fn sees(&mut self, app: &App, access: &Access, o: &Opportunity) -> Result<bool> {
        let Some(network) = self.org(o.org).map(|x| x.network_id) else { return Ok(access.is_admin()) };
        let pos = self.positions(app, o.org).await?;
        let ancestries = match (o.unit, o.person) {
            (Some(u), _) => vec![pos.tree.ancestry(u)],
            (None, Some(p)) => pos.ancestries(p),
            (None, None) => vec![],
        };
        let scope = OfferScope { org: o.org, network, person: o.person.unwrap_or(PersonId(0)), visibility: o.reach, ancestries };
        Ok(access.sees_offer(&self.viewer, &scope))
    }

    /// Takes decisions for the host of an offer: HR there, a leader of the offering unit (or
    /// above it), or the person who offered it.
    pub async fn hosts_offer(&mut self, app: &App, access: &Access, o: &Opportunity) -> Result<bool> {
        if o.direction != Direction::Offer {
            return Ok(false);
        }
        if access.manages_org(o.org) || o.person.is_some_and(|p| access.person == Some((o.org, p))) {
            return Ok(true);
        }
        let led = access.led_units(o.org);
        let Some(u) = o.unit else { return Ok(false) };
        let pos = self.positions(app, o.org).await?;
        Ok(pos.tree.ancestry(u).iter().any(|x| led.contains(x)))
    }

    /// Units where the user may take someone in: those they lead, or every unit of an
    /// organisation where they are HR — among the organisations that see the request.
    pub async fn host_units(&mut self, app: &App, access: &Access, o: &Opportunity) -> Result<Vec<(OrgId, UnitId, String)>> {
        if o.direction != Direction::Request {
            return Ok(vec![]);
        }
        let mut out = vec![];
        let orgs: Vec<OrgId> = self.orgs.iter().map(|x| x.id).collect();
        for org in orgs {
            let within = match o.reach {
                saman_domain::experts::Visibility::Network => true,
                _ => org == o.org,
            };
            if !within {
                continue;
            }
            let view = app.orgs.get(&app.db, org).await?;
            let led = access.led_units(org);
            let org_name = self.org(org).map(|x| x.name.clone()).unwrap_or_default();
            for u in &view.units {
                if access.manages_org(org) && !access.is_admin() || led.contains(&u.id) {
                    out.push((org, u.id, format!("{} – {org_name}", u.name)));
                }
            }
        }
        out.sort_by_key(|a| a.2.to_lowercase());
        Ok(out)
    }
}

/// The parts the user plays in a placement.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Parts {
    pub participant: bool,
    /// HR of the home employer, or a leader of the person (not the person themselves).
    pub home: bool,
    /// Decides for the host.
    pub host: bool,
    /// The contact person named in the agreement.
    pub contact: bool,
    /// May take up a request that no host has yet.
    pub may_take_up: bool,
}

impl Parts {
    pub fn any(&self) -> bool {
        self.participant || self.home || self.host || self.contact || self.may_take_up
    }

    /// The side the user evaluates for, if any: the participant's, or the host's (host or contact).
    pub fn evaluation_side(&self) -> Option<saman_domain::mobility::Side> {
        if self.participant {
            Some(saman_domain::mobility::Side::Participant)
        } else if self.host || self.contact {
            Some(saman_domain::mobility::Side::Host)
        } else {
            None
        }
    }
}

pub async fn parts(app: &App, access: &Access, seat: &mut Seat, p: &Placement, o: &Opportunity) -> Result<Parts> {
    let me_here = |org: OrgId, person: PersonId| access.person == Some((org, person));
    let participant = me_here(p.org, p.person);
    // Approving one's own application is not approval, whatever one's role.
    let home = !participant
        && (access.manages_org(p.org) || {
            let led = access.led_units(p.org);
            seat.positions(app, p.org).await?.ancestries(p.person).iter().any(|a| a.iter().any(|u| led.contains(u)))
        });
    let host = match (o.direction, p.host_org) {
        (Direction::Offer, _) => seat.hosts_offer(app, access, o).await?,
        (Direction::Request, Some(org)) => {
            access.manages_org(org) || {
                let led = access.led_units(org);
                match p.host_unit {
                    Some(u) => seat.positions(app, org).await?.tree.ancestry(u).iter().any(|x| led.contains(x)),
                    None => false,
                }
            }
        }
        (Direction::Request, None) => false,
    };
    let contact = p.contact.is_some_and(|c| p.host_org.is_some_and(|org| me_here(org, c)));
    let may_take_up = o.direction == Direction::Request
        && p.host_org.is_none()
        && !participant
        && seat.sees(app, access, o).await?
        && !seat.host_units(app, access, o).await?.is_empty();
    Ok(Parts { participant, home, host: host && !participant, contact, may_take_up })
}
