//! Running the matching for a programme: the facts the rules need about each participant,
//! the pairs to keep and to never propose, and storing the plan.

use crate::access::mobility::Seat;
use crate::{Actor, App, Error, Result};
use saman_domain::mentoring::{Fixed, PairRule, PairState, Part, Plan, Side, plan};
use saman_store::{Participant, Programme};
use std::collections::HashMap;

/// What the rules need to know about each participant: units, codes, the units they lead,
/// and (for mentors) the competences they hold as well as those they offered.
pub async fn sides(app: &App, seat: &mut Seat, people: &[Participant]) -> Result<HashMap<i64, Side>> {
    let mut out = HashMap::new();
    for x in people {
        let view = app.orgs.get(&app.db, x.person_org).await?;
        let pos = seat.positions(app, x.person_org).await?;
        let units = pos.units.get(&x.person).cloned().unwrap_or_default();
        let mut competences = x.competences.clone();
        if x.role == Part::Mentor {
            for h in app.db.holdings().of(x.person).await? {
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
                capacity: if x.role == Part::Mentor { u32::try_from(x.capacity).unwrap_or(0) } else { 0 },
            },
        );
    }
    Ok(out)
}

/// Runs the matching for the programme: keeps locked, accepted and welcomed pairs (and, with
/// `keep_proposed`, every pair still proposed — so a decline re-matches only those it freed),
/// never proposes forbidden or declined ones, and stores the new proposals. Returns the plan.
pub async fn run(app: &App, actor: &Actor, p: &Programme, keep_proposed: bool) -> Result<Plan> {
    let mut seat = Seat::load(app, &actor.access).await?;
    let people = app.db.mentoring().participants(p.id).await?;
    let sides = sides(app, &mut seat, &people).await?;
    let mut fixed = Fixed::default();
    for x in app.db.mentoring().pairs(p.id).await? {
        if x.kept() || keep_proposed && x.state == PairState::Proposed {
            fixed.kept.push((x.mentor, x.mentee));
        } else if x.state == PairState::Declined {
            fixed.never.push((x.mentor, x.mentee));
        }
    }
    for (mentor, mentee, rule) in app.db.mentoring().rules(p.id).await? {
        if rule == PairRule::Forbid {
            fixed.never.push((mentor, mentee));
        }
    }
    let pick = |role: Part| people.iter().filter(|x| x.role == role).filter_map(|x| sides.get(&x.id).cloned()).collect::<Vec<Side>>();
    let result = plan(&pick(Part::Mentor), &pick(Part::Mentee), &p.rules, &fixed).map_err(|e| {
        tracing::error!(programme = p.id, error = %e, "matching failed");
        Error::Store(saman_store::StoreError::Corrupt(format!("matching failed: {e}")))
    })?;
    app.db.mentoring().save_plan(&actor.audit(), p.id, &result.proposals).await?;
    Ok(result)
}
