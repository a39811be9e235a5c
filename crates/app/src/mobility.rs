//! Mobility across units and employers: opportunities and applications, and the decisions
//! on a placement (the home side approves or declines, the host agrees or declines, the
//! participant withdraws, both evaluate). One rule each, for every door.

mod board;
mod detail;
mod flows;
mod opportunities;
mod placements;

pub use board::{Ask, Board, Listed, Overview, ask, board, listed, overview};
pub use detail::{Attestation, Detail, attestation, detail, host_text};
pub use flows::{Balance, Flows, Lent, Matrix, flows};
pub use opportunities::{
    ApplicationDraft, Host, OpportunityDraft, allocate, apply, check as check_opportunity, check_application, create as create_opportunity,
    hosts, may_apply, opportunity, set_open,
};
pub use placements::{AgreementDraft, EvaluationDraft, accept, add_log, contacts, evaluate};

use crate::access::mobility::{Parts, Seat, parts};
use crate::{Actor, App, Error, Problems, Result};
use saman_domain::mobility::Stage;
use saman_domain::parse;
use saman_store::{Opportunity, Placement};

/// A placement with the parts the actor plays in it.
pub struct Seen {
    pub placement: Placement,
    pub opportunity: Opportunity,
    pub parts: Parts,
    pub seat: Seat,
}

/// The placement, if the actor plays a part in it (or administers Saman); otherwise not found.
pub async fn placement(app: &App, actor: &Actor, id: i64) -> Result<Seen> {
    let p = app.db.mobility().placement(id).await?;
    let o = app.db.mobility().get(p.opportunity).await?;
    let mut seat = Seat::load(app, &actor.access).await?;
    let parts = parts(app, &actor.access, &mut seat, &p, &o).await?;
    if !parts.any() && !actor.access.is_admin() {
        return Err(Error::NotFound);
    }
    Ok(Seen { placement: p, opportunity: o, parts, seat })
}

/// Who may decline at which stage: the home side while it is applied for, the host once the
/// home side approved it. Someone with a say at another stage is told the stage is wrong; anyone
/// else has no say.
pub fn may_decline(stage: Stage, parts: &Parts) -> Result<()> {
    let turn = match stage {
        Stage::Applied => parts.home,
        // A request waits for any host; nobody declines it for all of them.
        Stage::Approved => parts.host,
        _ => false,
    };
    if turn {
        Ok(())
    } else if parts.home || parts.host {
        Err(Error::Conflict { key: "mobility-refused-wrong-stage", field: None })
    } else {
        Err(Error::Forbidden)
    }
}

/// Who may approve: the home side (the person's leader or HR at home), while it is applied for.
pub fn may_approve(stage: Stage, parts: &Parts) -> Result<()> {
    if !parts.home {
        Err(Error::Forbidden)
    } else if stage != Stage::Applied {
        Err(Error::Conflict { key: "mobility-refused-wrong-stage", field: None })
    } else {
        Ok(())
    }
}

/// The home side says yes, confirming that pay and terms stay with the home employer.
pub async fn approve(app: &App, actor: &Actor, id: i64, terms_confirmed: bool, note: &str) -> Result<Seen> {
    let seen = placement(app, actor, id).await?;
    may_approve(seen.placement.stage, &seen.parts)?;
    let mut p = Problems::default();
    if !terms_confirmed {
        p.add("terms", "mobility-err-terms");
    }
    let note = p.check("note", parse::optional_text(note, 1000));
    p.done()?;
    let placement = app.db.mobility().approve(&actor.audit(), id, note.flatten().as_deref()).await?;
    Ok(Seen { placement, ..seen })
}

/// The home side or the host says no, with a reason.
pub async fn decline(app: &App, actor: &Actor, id: i64, reason: &str) -> Result<Seen> {
    let seen = placement(app, actor, id).await?;
    may_decline(seen.placement.stage, &seen.parts)?;
    let mut p = Problems::default();
    let reason = p.check("note", parse::text(reason, 1000));
    p.done()?;
    let placement = app.db.mobility().decline(&actor.audit(), id, reason.as_deref()).await?;
    Ok(Seen { placement, ..seen })
}

/// The participant steps back.
pub async fn withdraw(app: &App, actor: &Actor, id: i64) -> Result<Seen> {
    let seen = placement(app, actor, id).await?;
    if !seen.parts.participant {
        return Err(Error::Forbidden);
    }
    let placement = app.db.mobility().withdraw(&actor.audit(), id).await?;
    Ok(Seen { placement, ..seen })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(home: bool, host: bool) -> Parts {
        Parts { home, host, ..Parts::default() }
    }

    fn answer(r: Result<()>) -> &'static str {
        match r {
            Ok(()) => "ok",
            Err(Error::Forbidden) => "forbidden",
            Err(Error::Conflict { .. }) => "conflict",
            Err(_) => "other",
        }
    }

    #[test]
    fn the_stage_decides_whose_no_counts() {
        let (home, host, both, none) = (parts(true, false), parts(false, true), parts(true, true), parts(false, false));
        assert_eq!(answer(may_decline(Stage::Applied, &home)), "ok");
        assert_eq!(answer(may_decline(Stage::Applied, &host)), "conflict", "the host's turn comes after the home side's");
        assert_eq!(answer(may_decline(Stage::Approved, &host)), "ok");
        assert_eq!(answer(may_decline(Stage::Approved, &home)), "conflict", "the home side has already said yes");
        assert_eq!(answer(may_decline(Stage::Applied, &both)), "ok");
        for stage in [Stage::Agreed, Stage::Declined, Stage::Withdrawn, Stage::Completed] {
            assert_eq!(answer(may_decline(stage, &home)), "conflict", "{stage:?}");
            assert_eq!(answer(may_decline(stage, &host)), "conflict", "{stage:?}");
            assert_eq!(answer(may_decline(stage, &none)), "forbidden", "{stage:?}");
        }
        assert_eq!(answer(may_decline(Stage::Applied, &none)), "forbidden");
        let participant = Parts { participant: true, ..Parts::default() };
        assert_eq!(answer(may_decline(Stage::Applied, &participant)), "forbidden");
    }

    #[test]
    fn only_the_home_side_approves_and_only_once() {
        assert_eq!(answer(may_approve(Stage::Applied, &parts(true, false))), "ok");
        assert_eq!(answer(may_approve(Stage::Applied, &parts(false, true))), "forbidden");
        assert_eq!(answer(may_approve(Stage::Approved, &parts(true, false))), "conflict");
        assert_eq!(answer(may_approve(Stage::Approved, &parts(false, false))), "forbidden");
    }
}
