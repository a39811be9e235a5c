//! Where a signed-in person starts: the organisations they see and their own units.

use crate::{Actor, App, Result};
use saman_domain::UnitId;
use saman_store::{Optional, Organisation};

pub struct Home {
    /// Each organisation the actor sees, with how many people work there.
    pub orgs: Vec<(Organisation, i64)>,
    /// Units the actor leads, then units they work in.
    pub units: Vec<(UnitId, String)>,
}

pub async fn home(app: &App, actor: &Actor) -> Result<Home> {
    let today = crate::clock::today();
    let mut orgs = vec![];
    for o in crate::access::visible_orgs(app, &actor.access).await? {
        let people = app.view(o.id).await?.people as i64;
        orgs.push((o, people));
    }
    let mut units = vec![];
    for org in actor.access.member_orgs() {
        for u in actor.access.led_units(org) {
            if let Some(unit) = app.db.orgs().unit(u).await.optional()? {
                units.push((unit.id, unit.name));
            }
        }
    }
    if let Some((_, p)) = actor.access.person {
        for pos in app.db.people().positions_of(p).await? {
            if pos.is_current(today) && !units.iter().any(|(id, _)| *id == pos.unit) {
                units.push((pos.unit, pos.unit_name));
            }
        }
    }
    Ok(Home { orgs, units })
}
