//! What people share that the actor may see: expert-pool offers and practice notes from the
//! actor's own organisations and, as each person chose, from the networks they belong to.

use crate::{Actor, App, Result, access, clock};
use saman_domain::experts::OfferScope;
use saman_domain::{PersonId, UnitId};
use saman_store::{CompetenceRow, Offer, Organisation, PracticeNote};
use std::collections::HashMap;

/// An offer the actor may see.
pub struct SeenOffer {
    pub org: Organisation,
    pub offer: Offer,
    pub competence: CompetenceRow,
    /// Whether the actor may open the person's profile.
    pub linked: bool,
}

/// A practice note the actor may see.
pub struct SeenNote {
    pub org: Organisation,
    pub note: PracticeNote,
    pub competence: Option<CompetenceRow>,
    /// The actor wrote it.
    pub own: bool,
}

/// Every expert-pool offer the actor may see, unranked.
pub async fn offers(app: &App, actor: &Actor) -> Result<Vec<SeenOffer>> {
    let (viewer, orgs) = access::sharing(app, &actor.access).await?;
    let mut out = vec![];
    for org in orgs {
        let offers = app.db.experts().in_orgs(&[org.id]).await?;
        if offers.is_empty() {
            continue;
        }
        let units = app.db.experts().units(org.id, clock::today()).await?;
        let view = app.view(org.id).await?;
        let cat = app.catalogue(Some(org.id)).await?;
        for o in offers {
            let ancestries: Vec<_> = units.get(&o.person).map(|us| us.iter().map(|u| view.tree.ancestry(*u)).collect()).unwrap_or_default();
            let scope = OfferScope { org: org.id, network: org.network_id, person: o.person, visibility: o.visibility, ancestries };
            if !actor.access.sees_offer(&viewer, &scope) {
                continue;
            }
            let Some(c) = cat.iter().find(|c| c.id == o.competence) else { continue };
            let linked = actor.access.sees_person(org.id, o.person, &scope.ancestries);
            out.push(SeenOffer { org: org.clone(), offer: o, competence: c.clone(), linked });
        }
    }
    Ok(out)
}

/// Every practice note the actor may see, newest first.
pub async fn notes(app: &App, actor: &Actor) -> Result<Vec<SeenNote>> {
    let (viewer, orgs) = access::sharing(app, &actor.access).await?;
    let mut out = vec![];
    for org in orgs {
        let notes = app.db.practice_notes(org.id).await?;
        if notes.is_empty() {
            continue;
        }
        let view = app.view(org.id).await?;
        let cat = app.catalogue(Some(org.id)).await?;
        let mut units: HashMap<PersonId, Vec<UnitId>> = HashMap::new();
        for p in app.db.orgs().current_positions(org.id, clock::today()).await? {
            units.entry(p.1).or_default().push(p.0);
        }
        for n in notes {
            let ancestries = units.get(&n.person).map(|us| us.iter().map(|u| view.tree.ancestry(*u)).collect()).unwrap_or_default();
            let scope = OfferScope { org: org.id, network: org.network_id, person: n.person, visibility: n.visibility, ancestries };
            if !actor.access.sees_offer(&viewer, &scope) {
                continue;
            }
            let competence = n.competence.and_then(|c| cat.iter().find(|x| x.id == c)).cloned();
            let own = actor.access.person == Some((n.org, n.person));
            out.push(SeenNote { org: org.clone(), note: n, competence, own });
        }
    }
    out.sort_by_key(|x| std::cmp::Reverse(x.note.id));
    Ok(out)
}
