//! A unit: where it sits, who leads it, its sub-units and its people.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::org::orgs::{TreeRow, tree_rows};
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use saman_app::records::{Organisation, Unit, UnitMember};
use saman_domain::{PersonId, UnitId};

pub struct MemberRow {
    pub member: UnitMember,
    pub link: bool,
}

#[derive(Template)]
#[template(path = "unit.html")]
struct UnitPage<'a> {
    ctx: &'a Ctx,
    org: Organisation,
    unit: Unit,
    kind: String,
    crumbs: Vec<(UnitId, String)>,
    leader: Option<(PersonId, String, bool)>,
    rows: Vec<TreeRow>,
    max: i64,
    members: Option<Vec<MemberRow>>,
    people: i64,
    /// HR or a leader of the unit: the recruitment forecast, which rests on ages, is theirs.
    sees_forecast: bool,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::api::extract::Id(id): crate::api::extract::Id,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let card = saman_app::orgs::unit_card(&state, &s.actor(), UnitId(id)).await?;
    let (unit, org, view, ancestry) = (card.unit, card.org, card.view, card.ancestry);
    let crumbs = ancestry.iter().rev().filter_map(|a| view.unit(*a)).map(|u| (u.id, u.name.clone())).collect();
    let children = view.tree.children_of(Some(unit.id)).to_vec();
    let rows = tree_rows(&ctx, &view, &children, view.tree.depth(unit.id) + 1);
    let max = rows.iter().map(|r| r.people).max().unwrap_or(0);
    let members = card.members.map(|m| m.into_iter().map(|(member, link)| MemberRow { member, link }).collect());
    let leader = card.leader;
    page(
        &ctx,
        &UnitPage {
            ctx: &ctx,
            kind: ctx.t(&format!("unit-kind-{}", unit.kind.code())),
            people: view.count(unit.id),
            org,
            unit,
            crumbs,
            leader,
            rows,
            max,
            members,
            sees_forecast: card.sees_forecast,
        },
    )
}
