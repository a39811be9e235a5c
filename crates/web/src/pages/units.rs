//! A unit: where it sits, who leads it, its sub-units and its people.

use super::orgs::{TreeRow, tree_rows};
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::scope;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use saman_domain::{PersonId, UnitId};
use saman_store::{Organisation, Unit, UnitMember};

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
    let unit = state.db.orgs().unit(UnitId(id)).await?;
    let org = scope::org(&state, &s.access, unit.org).await?;
    let view = state.orgs.get(&state.db, org.id).await?;
    let ancestry = view.tree.ancestry(unit.id);
    let org_id = org.id;
    let crumbs = ancestry.iter().rev().filter_map(|a| view.unit(*a)).map(|u| (u.id, u.name.clone())).collect();
    let children = view.tree.children_of(Some(unit.id)).to_vec();
    let rows = tree_rows(&ctx, &view, &children, view.tree.depth(unit.id) + 1);
    let max = rows.iter().map(|r| r.people).max().unwrap_or(0);
    let own = scope::own_units(&state, &s.access, org.id).await?;
    let members = if s.access.sees_unit_people(org.id, &ancestry, &own) {
        // Everyone listed works here, so the policy needs no more than this unit's ancestry.
        let members = state.db.people().members_of(unit.id, scope::today()).await?;
        Some(
            members
                .into_iter()
                .map(|m| {
                    let link = s.access.sees_person(org.id, m.person, std::slice::from_ref(&ancestry));
                    MemberRow { member: m, link }
                })
                .collect(),
        )
    } else {
        None
    };
    let leader = match unit.leader {
        Some(p) => {
            let person = state.db.people().person(p).await?;
            let link = scope::sees_person(&state, &s.access, org.id, p, &view.tree).await?;
            Some((p, person.full_name(), link))
        }
        None => None,
    };
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
            sees_forecast: saman_app::access::may_see_ages(&s.access, org_id, &ancestry),
        },
    )
}
