//! Who may see and do what with mobility opportunities and placements — one set of rules for
//! the pages and the API.

use crate::ctx::SignedIn;
use crate::error::AppError;
use crate::pages::activity::Positions;
use crate::scope;
use crate::state::AppState;
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
    pub async fn load(state: &AppState, s: &SignedIn) -> Result<Seat, AppError> {
        let (viewer, orgs) = scope::sharing(state, &s.access).await?;
        Ok(Seat { viewer, orgs, positions: HashMap::new() })
    }

    pub async fn positions(&mut self, state: &AppState, org: OrgId) -> Result<&Positions, AppError> {
        if let std::collections::hash_map::Entry::Vacant(e) = self.positions.entry(org) {
            let p = Positions::load(state, org).await?;
            e.insert(p);
        }
        self.positions.get(&org).ok_or(AppError::Internal)
    }

    pub fn org(&self, id: OrgId) -> Option<&Organisation> {
        self.orgs.iter().find(|o| o.id == id)
    }

    /// Whether the user sees the opportunity: its reach, as for expert-pool offers.
    pub async fn sees(&mut self, state: &AppState, s: &SignedIn, o: &Opportunity) -> Result<bool, AppError> {
        let Some(network) = self.org(o.org).map(|x| x.network_id) else { return Ok(s.access.is_admin()) };
        let pos = self.positions(state, o.org).await?;
        let ancestries = match (o.unit, o.person) {
            (Some(u), _) => vec![pos.tree.ancestry(u)],
            (None, Some(p)) => pos.ancestries(p),
            (None, None) => vec![],
        };
        let scope = OfferScope { org: o.org, network, person: o.person.unwrap_or(PersonId(0)), visibility: o.reach, ancestries };
        Ok(s.access.sees_offer(&self.viewer, &scope))
    }

    /// Takes decisions for the host of an offer: HR there, a leader of the offering unit (or
    /// above it), or the person who offered it.
    pub async fn hosts_offer(&mut self, state: &AppState, s: &SignedIn, o: &Opportunity) -> Result<bool, AppError> {
        if o.direction != Direction::Offer {
            return Ok(false);
        }
        if s.access.manages_org(o.org) || o.person.is_some_and(|p| s.access.person == Some((o.org, p))) {
            return Ok(true);
        }
        let led = s.access.led_units(o.org);
        let Some(u) = o.unit else { return Ok(false) };
        let pos = self.positions(state, o.org).await?;
        Ok(pos.tree.ancestry(u).iter().any(|x| led.contains(x)))
    }

    /// Units where the user may take someone in: those they lead, or every unit of an
    /// organisation where they are HR — among the organisations that see the request.
    pub async fn host_units(&mut self, state: &AppState, s: &SignedIn, o: &Opportunity) -> Result<Vec<(OrgId, UnitId, String)>, AppError> {
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
            let view = state.orgs.get(&state.db, org).await?;
            let led = s.access.led_units(org);
            let org_name = self.org(org).map(|x| x.name.clone()).unwrap_or_default();
            for u in &view.units {
                if s.access.manages_org(org) && !s.access.is_admin() || led.contains(&u.id) {
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

pub async fn parts(state: &AppState, s: &SignedIn, seat: &mut Seat, p: &Placement, o: &Opportunity) -> Result<Parts, AppError> {
    let me_here = |org: OrgId, person: PersonId| s.access.person == Some((org, person));
    let participant = me_here(p.org, p.person);
    // Approving one's own application is not approval, whatever one's role.
    let home = !participant
        && (s.access.manages_org(p.org) || {
            let led = s.access.led_units(p.org);
            seat.positions(state, p.org).await?.ancestries(p.person).iter().any(|a| a.iter().any(|u| led.contains(u)))
        });
    let host = match (o.direction, p.host_org) {
        (Direction::Offer, _) => seat.hosts_offer(state, s, o).await?,
        (Direction::Request, Some(org)) => {
            s.access.manages_org(org) || {
                let led = s.access.led_units(org);
                match p.host_unit {
                    Some(u) => seat.positions(state, org).await?.tree.ancestry(u).iter().any(|x| led.contains(x)),
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
        && seat.sees(state, s, o).await?
        && !seat.host_units(state, s, o).await?.is_empty();
    Ok(Parts { participant, home, host: host && !participant, contact, may_take_up })
}
