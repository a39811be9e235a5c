//! Countering hoarding: a leader sees the competence lent out from their units and received
//! into them; HR the same for the organisation; a network coordinator the flows between the
//! organisations as a chart (people and working days, no names).

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::mobility::Seat;
use crate::pages::mobility::period_text;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use saman_domain::mobility::flows;
use saman_domain::{OrgId, Role, UnitId};
use saman_store::{Opportunity, Placement};
use std::collections::HashMap;

pub struct FlowLine {
    pub id: i64,
    pub person: String,
    pub title: String,
    pub competences: String,
    pub dates: String,
    pub days: i64,
    pub other: String,
}

/// One side of the balance for a set of units (or a whole organisation).
pub struct Balance {
    pub name: String,
    pub lent: Vec<FlowLine>,
    pub received: Vec<FlowLine>,
    pub lent_days: i64,
    pub received_days: i64,
    /// Bar widths (of 300) for the two totals.
    pub lent_w: i64,
    pub received_w: i64,
}

/// A cell of the organisation matrix.
pub struct Cell {
    pub people: i64,
    pub days: i64,
    /// 0–4, darker for more people.
    pub shade: u8,
}

pub struct Matrix {
    pub names: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub total: i64,
}

#[derive(Template)]
#[template(path = "flows.html")]
struct FlowsPage<'a> {
    ctx: &'a Ctx,
    balances: Vec<Balance>,
    matrix: Option<Matrix>,
}

fn balance(name: String, lent: Vec<FlowLine>, received: Vec<FlowLine>) -> Balance {
    let lent_days: i64 = lent.iter().map(|l| l.days).sum();
    let received_days: i64 = received.iter().map(|l| l.days).sum();
    let max = lent_days.max(received_days).max(1);
    Balance { name, lent_w: lent_days * 300 / max, received_w: received_days * 300 / max, lent, received, lent_days, received_days }
}

pub async fn show(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let coordinator = s.access.is_admin() || s.access.has_role(Role::Coordinator);
    if !(coordinator || s.access.has_role(Role::Hr) || s.access.has_role(Role::Leader)) {
        return Err(AppError::Forbidden);
    }
    let mut seat = Seat::load(&state, &s.access).await?;
    let org_ids: Vec<OrgId> = seat.orgs.iter().map(|o| o.id).collect();
    let placements: Vec<Placement> = state.db.placements_among(&org_ids).await?.into_iter().filter(|p| p.stage.holds_place()).collect();
    let opportunities: HashMap<i64, Opportunity> = state.db.mobility().in_orgs(&org_ids).await?.into_iter().map(|o| (o.id, o)).collect();
    let names: HashMap<OrgId, String> = seat.orgs.iter().map(|o| (o.id, o.name.clone())).collect();
    let mut balances = vec![];
    for org in s.access.member_orgs() {
        let manages = s.access.manages_org(org);
        let led = s.access.led_units(org);
        if !manages && led.is_empty() {
            continue;
        }
        let view = state.view(org).await?;
        let cat = state.catalogue(Some(org)).await?;
        let pos = seat.positions(&state, org).await?;
        let in_led = |u: UnitId| view.tree.ancestry(u).iter().any(|a| led.contains(a));
        let line = |p: &Placement, other: String| {
            let o = opportunities.get(&p.opportunity);
            FlowLine {
                id: p.id,
                person: p.person_name.clone(),
                title: o.map(|o| o.title.clone()).unwrap_or_default(),
                competences: o
                    .map(|o| {
                        o.competences
                            .iter()
                            .filter_map(|c| cat.iter().find(|x| x.id == *c))
                            .map(|c| c.name(ctx.lang).to_string())
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default(),
                dates: p.period.map(|x| period_text(&ctx, &x)).unwrap_or_default(),
                days: p.period.map(|x| x.working_days()).unwrap_or(0),
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
        balances.push(balance(name, lent, received));
    }
    let matrix = if coordinator || s.access.has_role(Role::Hr) {
        let mut orgs: Vec<&saman_store::Organisation> =
            seat.orgs.iter().filter(|o| coordinator || o.network_id.is_some() || s.access.manages_org(o.id)).collect();
        orgs.sort_by(|a, b| a.name.cmp(&b.name));
        let index: HashMap<OrgId, usize> = orgs.iter().enumerate().map(|(i, o)| (o.id, i)).collect();
        let f = flows(placements.iter().filter_map(|p| {
            Some((index.get(&p.org).copied()?, index.get(&p.host_org?).copied()?, p.period.map(|x| x.working_days()).unwrap_or(0)))
        }));
        let max = f.iter().map(|x| x.people).max().unwrap_or(0);
        let mut rows: Vec<Vec<Cell>> =
            (0..orgs.len()).map(|_| (0..orgs.len()).map(|_| Cell { people: 0, days: 0, shade: 0 }).collect()).collect();
        for x in &f {
            if let Some(c) = rows.get_mut(x.from).and_then(|r| r.get_mut(x.to)) {
                *c = Cell { people: x.people, days: x.days, shade: if max == 0 { 0 } else { (1 + (x.people * 3) / max).min(4) as u8 } };
            }
        }
        Some(Matrix { names: orgs.iter().map(|o| o.name.clone()).collect(), rows, total: f.iter().map(|x| x.people).sum() })
    } else {
        None
    };
    page(&ctx, &FlowsPage { ctx: &ctx, balances, matrix })
}
