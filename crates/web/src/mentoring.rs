//! Mentoring programmes seen from the web: who coordinates and who sees a programme, the
//! facts the matching rules need about each participant, and running the matching — one set
//! of rules for the pages and the API.

use crate::ctx::SignedIn;
use crate::error::AppError;
use crate::mobility::Seat;
use crate::state::AppState;
use saman_domain::experts::{OfferScope, Visibility};
use saman_domain::mentoring::{Fixed, Plan, Side, plan};
use saman_domain::{OrgId, PersonId};
use saman_store::{Participant, Programme};
use std::collections::HashMap;

/// HR in the programme's organisation (or an administrator) runs it.
pub fn coordinates(s: &SignedIn, p: &Programme) -> bool {
    s.access.manages_org(p.org)
}

/// Everyone the programme reaches (its organisation, or the network) sees it.
pub fn sees(s: &SignedIn, seat: &Seat, p: &Programme) -> bool {
    let Some(org) = seat.org(p.org) else { return s.access.is_admin() };
    let scope = OfferScope { org: p.org, network: org.network_id, person: PersonId(0), visibility: p.reach, ancestries: vec![] };
    coordinates(s, p) || p.reach != Visibility::Unit && s.access.sees_offer(&seat.viewer, &scope)
}

/// What the rules need to know about each participant: units, codes, the units they lead,
/// and (for mentors) the competences they hold as well as those they offered.
pub async fn sides(state: &AppState, seat: &mut Seat, people: &[Participant]) -> Result<HashMap<i64, Side>, AppError> {
    let mut out = HashMap::new();
    for x in people {
        let view = state.orgs.get(&state.db, x.person_org).await?;
        let pos = seat.positions(state, x.person_org).await?;
        let units = pos.units.get(&x.person).cloned().unwrap_or_default();
        let mut competences = x.competences.clone();
        if x.role == "mentor" {
            for h in state.db.holdings().of(x.person).await? {
                if !competences.contains(&h.competence.0) {
                    competences.push(h.competence.0);
                }
            }
        }
        out.insert(
            x.id,
            Side {
                id: x.id,
                person: x.person,
                org: x.person_org,
                ancestries: units.iter().map(|u| pos.tree.ancestry(*u)).collect(),
                units,
                leads: view.units.iter().filter(|u| u.leader == Some(x.person)).map(|u| u.id).collect(),
                codes: pos.codes.get(&x.person).cloned().unwrap_or_default(),
                competences,
                goals: x.goals.clone(),
                capacity: if x.role == "mentor" { u32::try_from(x.capacity).unwrap_or(0) } else { 0 },
            },
        );
    }
    Ok(out)
}

/// Runs the matching for the programme: keeps locked, accepted and welcomed pairs (and, with
/// `keep_proposed`, every pair still proposed — so a decline re-matches only those it freed),
/// never proposes forbidden or declined ones, and stores the new proposals. Returns the plan.
pub async fn run(state: &AppState, s: &SignedIn, p: &Programme, keep_proposed: bool) -> Result<Plan, AppError> {
    let mut seat = Seat::load(state, &s.access).await?;
    let people = state.db.mentoring().participants(p.id).await?;
    let sides = sides(state, &mut seat, &people).await?;
    let pairs = state.db.mentoring().pairs(p.id).await?;
    let mut fixed = Fixed::default();
    for x in &pairs {
        if x.kept() || keep_proposed && x.state == "proposed" {
            fixed.kept.push((x.mentor, x.mentee));
        } else if x.state == "declined" {
            fixed.never.push((x.mentor, x.mentee));
        }
    }
    for (mentor, mentee, rule) in state.db.mentoring().rules(p.id).await? {
        if rule == "forbid" {
            fixed.never.push((mentor, mentee));
        }
    }
    let pick = |role: &str| people.iter().filter(|x| x.role == role).filter_map(|x| sides.get(&x.id).cloned()).collect::<Vec<Side>>();
    let result = plan(&pick("mentor"), &pick("mentee"), &p.rules, &fixed).map_err(|e| AppError::internal("matching failed", &e))?;
    state.db.mentoring().save_plan(&crate::ctx::actor_of(s), p.id, &result.proposals).await?;
    crate::notify::deliver(state).await;
    Ok(result)
}

/// The programme's organisation, for a new programme: the one the user is HR in.
pub fn org_for_new(s: &SignedIn) -> Option<OrgId> {
    s.access.member_orgs().into_iter().find(|o| s.access.manages_org(*o))
}
