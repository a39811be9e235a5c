//! People: the organisation's list (for HR) and a person's page.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use saman_app::records::{Organisation, Person, Position};
use saman_domain::{OrgId, PersonId, UnitId};
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
    let page_no = q.page.unwrap_or(1).max(1);
    let query = q.q.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let found = saman_app::people::page(&state, &s.actor(), OrgId(id), query, page_no, PAGE).await?;
    let (org, people, has_next, total) = (found.org, found.people, found.has_next, found.total);
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
    profile: crate::competence::profile::Profile,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::api::extract::Id(id): crate::api::extract::Id,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let card = saman_app::people::card(&state, &s.actor(), PersonId(id)).await?;
    let (org, person, current, past, leaders, anc) = (card.org, card.person, card.current, card.past, card.leaders, card.ancestries);
    let is_self = s.access.person == Some((org.id, person.id));
    let profile = crate::competence::profile::load(&state, &ctx, s, &person, &anc, crate::formerr::FieldErrors::default(), false).await?;
    page(&ctx, &PersonPage { ctx: &ctx, org, person, current, past, leaders, is_self, profile })
}
