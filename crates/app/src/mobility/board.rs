//! What the mobility pages list: the opportunities the actor sees, the placements waiting for
//! the actor's decision, the actor's own, and one opportunity with everyone's place in it.

use super::{host_text, may_apply, opportunity};
use crate::access::mobility::{Parts, Seat, parts};
use crate::{Actor, App, Result};
use saman_domain::mobility::{Direction, OpportunityKind, Period, Refusal, Side, Stage};
use saman_domain::{OrgId, search};
use saman_store::{Opportunity, Placement};
use std::collections::HashMap;

/// What a placement waits for from the actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// The home side approves or declines the application.
    Approve,
    /// A host agrees (or takes up a request).
    Accept,
    /// The host evaluates a placement that has begun.
    Evaluate,
}

impl Ask {
    /// The message that names the step.
    pub fn key(self) -> &'static str {
        match self {
            Ask::Approve => "mobility-todo-approve",
            Ask::Accept => "mobility-todo-accept",
            Ask::Evaluate => "mobility-todo-evaluate",
        }
    }
}

/// What a placement waits for from someone with these parts in it: the home side approves an
/// application; a host (or anyone who may take up a request) agrees once it is approved; the
/// host side evaluates once it has begun, until it has. The participant is never asked here.
pub fn ask(stage: Stage, parts: &Parts, begun: bool, host_evaluated: bool) -> Option<Ask> {
    if parts.participant {
        return None;
    }
    match stage {
        Stage::Applied if parts.home => Some(Ask::Approve),
        Stage::Approved if parts.host || parts.may_take_up => Some(Ask::Accept),
        Stage::Agreed if (parts.host || parts.contact) && begun && !host_evaluated => Some(Ask::Evaluate),
        _ => None,
    }
}

/// An opportunity with who offers or asks for it.
pub struct Listed {
    pub opportunity: Opportunity,
    pub host: String,
}

/// The mobility overview for one actor.
pub struct Board {
    pub offers: Vec<Listed>,
    pub requests: Vec<Listed>,
    /// Placements waiting for the actor, with the step.
    pub todo: Vec<(Placement, Opportunity, Ask)>,
    /// The actor's own placements.
    pub mine: Vec<(Placement, Opportunity)>,
    /// Whether the actor may see the flows between units and organisations.
    pub sees_flows: bool,
}

/// The opportunities the actor sees and may open: open ones, and closed ones the actor hosts.
pub async fn listed(app: &App, actor: &Actor) -> Result<Vec<Opportunity>> {
    let mut seat = Seat::load(app, &actor.access).await?;
    let orgs: Vec<OrgId> = seat.orgs.iter().map(|o| o.id).collect();
    let mut out = vec![];
    for o in app.db.mobility().in_orgs(&orgs).await? {
        if seat.sees(app, &actor.access, &o).await? && opens(app, &actor.access, &mut seat, &o).await? {
            out.push(o);
        }
    }
    Ok(out)
}

/// Whether an opportunity the actor sees is listed for them: while it is open, or always for its host.
async fn opens(app: &App, access: &saman_domain::Access, seat: &mut Seat, o: &Opportunity) -> Result<bool> {
    Ok(o.open || seat.hosts_offer(app, access, o).await?)
}

/// The overview, filtered by kind and by words in the title or description.
pub async fn board(app: &App, actor: &Actor, kind: Option<OpportunityKind>, q: &str) -> Result<Board> {
    let access = &actor.access;
    let mut seat = Seat::load(app, access).await?;
    let org_ids: Vec<OrgId> = seat.orgs.iter().map(|o| o.id).collect();
    let q = search::fold(q.trim());
    let (mut offers, mut requests) = (vec![], vec![]);
    let mut by_id = HashMap::new();
    for o in app.db.mobility().in_orgs(&org_ids).await? {
        if !seat.sees(app, access, &o).await? {
            continue;
        }
        let shown = opens(app, access, &mut seat, &o).await?
            && kind.is_none_or(|k| k == o.kind)
            && (q.is_empty() || search::fold(&format!("{} {}", o.title, o.description)).contains(&q));
        if shown {
            let line = Listed { host: host_text(app, &seat, &o).await?, opportunity: o.clone() };
            if o.direction == Direction::Request { requests.push(line) } else { offers.push(line) }
        }
        by_id.insert(o.id, o);
    }
    let placements = app.db.placements_among(&org_ids).await?;
    let today = crate::clock::today();
    let begun: Vec<i64> =
        placements.iter().filter(|p| p.stage == Stage::Agreed && p.period.is_some_and(|x| x.starts_on <= today)).map(|p| p.id).collect();
    let evaluated = app.db.mobility().evaluated_by(Side::Host, &begun).await?;
    let (mut todo, mut mine) = (vec![], vec![]);
    for p in placements {
        let Some(o) = by_id.get(&p.opportunity) else { continue };
        let parts = parts(app, access, &mut seat, &p, o).await?;
        let ask = ask(p.stage, &parts, begun.contains(&p.id), evaluated.contains(&p.id));
        if parts.participant {
            mine.push((p, o.clone()));
        } else if let Some(ask) = ask {
            todo.push((p, o.clone(), ask));
        }
    }
    let sees_flows = super::flows::may_see(access);
    Ok(Board { offers, requests, todo, mine, sees_flows })
}

/// One opportunity as its page shows it to the actor.
pub struct Overview {
    pub opportunity: Opportunity,
    /// Who offers or asks.
    pub host: String,
    /// Whether the actor hosts it (and so sees every application).
    pub hosts: bool,
    /// The periods already taken by placements that hold a place.
    pub taken: Vec<Period>,
    /// The actor's own placements in it.
    pub mine: Vec<Placement>,
    /// Others' placements the actor plays a part in.
    pub others: Vec<Placement>,
    /// Whether the actor may apply; where not, the reason to show (none where it goes without saying).
    pub may_apply: std::result::Result<(), Option<Refusal>>,
    /// Whether the host may share the fixed weeks among the approved applicants now.
    pub may_allocate: bool,
}

/// The opportunity, if the actor sees it, with the placements the actor plays a part in.
pub async fn overview(app: &App, actor: &Actor, id: i64) -> Result<Overview> {
    let (o, mut seat) = opportunity(app, actor, id).await?;
    let access = &actor.access;
    let hosts = seat.hosts_offer(app, access, &o).await?;
    let placements = app.db.mobility().placements_of(o.id).await?;
    let taken = placements.iter().filter(|p| p.stage.holds_place()).filter_map(|p| p.period).collect();
    let may_allocate = hosts && !o.periods.is_empty() && placements.iter().any(|p| p.stage == Stage::Approved);
    let (mut mine, mut others) = (vec![], vec![]);
    for p in placements {
        let parts = parts(app, access, &mut seat, &p, &o).await?;
        if parts.participant {
            mine.push(p);
        } else if parts.any() {
            others.push(p);
        }
    }
    let applied = mine.iter().any(|p| p.stage.is_open());
    let may_apply = match may_apply(app, access, &mut seat, &o).await? {
        Ok(_) if applied => Err(Some(Refusal::AlreadyApplied)),
        Ok(_) => Ok(()),
        Err(_) if o.direction == Direction::Request || hosts => Err(None),
        Err(r) => Err(Some(r)),
    };
    let host = host_text(app, &seat, &o).await?;
    Ok(Overview { opportunity: o, host, hosts, taken, mine, others, may_apply, may_allocate })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(f: impl FnOnce(&mut Parts)) -> Parts {
        let mut p = Parts { participant: false, home: false, host: false, contact: false, may_take_up: false };
        f(&mut p);
        p
    }

    #[test]
    fn each_side_is_asked_at_its_own_stage() {
        let home = parts(|p| p.home = true);
        let host = parts(|p| p.host = true);
        let taker = parts(|p| p.may_take_up = true);
        let contact = parts(|p| p.contact = true);
        assert_eq!(ask(Stage::Applied, &home, false, false), Some(Ask::Approve));
        assert_eq!(ask(Stage::Applied, &host, false, false), None, "the host waits for the home side");
        assert_eq!(ask(Stage::Approved, &host, false, false), Some(Ask::Accept));
        assert_eq!(ask(Stage::Approved, &taker, false, false), Some(Ask::Accept));
        assert_eq!(ask(Stage::Approved, &home, false, false), None, "approved, the home side has done its part");
        assert_eq!(ask(Stage::Agreed, &host, true, false), Some(Ask::Evaluate));
        assert_eq!(ask(Stage::Agreed, &contact, true, false), Some(Ask::Evaluate));
        assert_eq!(ask(Stage::Agreed, &home, true, false), None);
        for s in [Stage::Completed, Stage::Declined, Stage::Withdrawn] {
            assert_eq!(ask(s, &parts(|p| (p.home, p.host, p.contact, p.may_take_up) = (true, true, true, true)), true, false), None);
        }
    }

    #[test]
    fn the_evaluation_is_asked_for_once_the_placement_has_begun_and_until_it_is_given() {
        let host = parts(|p| p.host = true);
        assert_eq!(ask(Stage::Agreed, &host, false, false), None, "not before it begins");
        assert_eq!(ask(Stage::Agreed, &host, true, true), None, "not once given");
    }

    #[test]
    fn the_participant_is_not_asked_even_where_they_also_lead() {
        let both = parts(|p| (p.participant, p.home, p.host) = (true, true, true));
        for s in Stage::ALL {
            assert_eq!(ask(s, &both, true, false), None);
        }
    }

    #[test]
    fn each_step_has_its_message() {
        assert_eq!(
            [Ask::Approve, Ask::Accept, Ask::Evaluate].map(Ask::key),
            ["mobility-todo-approve", "mobility-todo-accept", "mobility-todo-evaluate"]
        );
    }
}
