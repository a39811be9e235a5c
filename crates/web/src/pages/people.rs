//! People: the organisation's list (for HR) and a person's page.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::scope;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use saman_domain::{OrgId, PersonId, UnitId};
use saman_store::{Organisation, Person, Position};
use serde::Deserialize;

const PAGE: i64 = 50;

#[derive(Deserialize)]
pub struct ListQuery {
    q: Option<String>,
    page: Option<i64>,
}

#[derive(Template)]
#[template(path = "people.html")]
struct PeoplePage<'a> {
    ctx: &'a Ctx,
    org: Organisation,
    people: Vec<Person>,
    q: String,
    page: i64,
    has_next: bool,
    total: i64,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::api::extract::Id(id): crate::api::extract::Id,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let org = scope::org(&state, &s.access, OrgId(id)).await?;
    if !s.access.manages_org(org.id) {
        return Err(AppError::Forbidden);
    }
    let page_no = q.page.unwrap_or(1).max(1);
    let query = q.q.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let mut people = state.db.people().list(org.id, query, PAGE + 1, (page_no - 1) * PAGE).await?;
    let has_next = people.len() as i64 > PAGE;
    people.truncate(PAGE as usize);
    let total = state.db.people().count(org.id).await?;
    page(&ctx, &PeoplePage { ctx: &ctx, org, people, q: query.unwrap_or("").to_string(), page: page_no, has_next, total })
}

#[derive(Template)]
#[template(path = "person.html")]
struct PersonPage<'a> {
    ctx: &'a Ctx,
    org: Organisation,
    person: Person,
    current: Vec<Position>,
    past: Vec<Position>,
    leaders: Vec<(UnitId, String, String)>,
    is_self: bool,
    profile: super::profile::Profile,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::api::extract::Id(id): crate::api::extract::Id,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let person = state.db.people().person(PersonId(id)).await?;
    // Not seeing the organisation or the person reads as "not found": existence is not revealed.
    let org = scope::org(&state, &s.access, person.org).await?;
    let view = state.orgs.get(&state.db, org.id).await?;
    let today = scope::today();
    let positions = state.db.people().positions_of(person.id).await?;
    let anc: Vec<Vec<UnitId>> = positions.iter().filter(|p| p.is_current(today)).map(|p| view.tree.ancestry(p.unit)).collect();
    if !s.access.sees_person(org.id, person.id, &anc) {
        return Err(AppError::NotFound);
    }
    let (current, past): (Vec<Position>, Vec<Position>) = positions.into_iter().partition(|p| p.end_date.is_none_or(|e| e >= today));
    let mut leaders = vec![];
    for pos in &current {
        // The nearest leader above the position, skipping the person themself.
        for a in view.tree.ancestry(pos.unit) {
            let Some(u) = view.unit(a) else { continue };
            match u.leader {
                Some(l) if l != person.id => {
                    let name = state.db.people().person(l).await?.full_name();
                    leaders.push((pos.unit, pos.unit_name.clone(), name));
                    break;
                }
                _ => {}
            }
        }
    }
    let is_self = s.access.person == Some((org.id, person.id));
    let profile = super::profile::load(&state, &ctx, s, &person, &anc, crate::formerr::FieldErrors::default(), false).await?;
    page(&ctx, &PersonPage { ctx: &ctx, org, person, current, past, leaders, is_self, profile })
}
