//! The front page after sign-in: the user's organisations, units and profile.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::scope;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use saman_domain::{PersonId, UnitId};
use saman_store::Optional;

pub struct OrgCard {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub people: i64,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    ctx: &'a Ctx,
    orgs: Vec<OrgCard>,
    units: Vec<(UnitId, String)>,
    person: Option<PersonId>,
    shortcuts: Vec<(String, String)>,
}

pub async fn home(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let today = scope::today();
    let mut orgs = vec![];
    for o in scope::visible_orgs(&state, &s.access).await? {
        let people = state.orgs.get(&state.db, o.id).await?.people as i64;
        orgs.push(OrgCard { id: o.id.0, name: o.name, kind: ctx.t(&format!("org-kind-{}", o.kind.code())), people });
    }
    let mut units = vec![];
    for org in s.access.member_orgs() {
        for u in s.access.led_units(org) {
            if let Some(unit) = state.db.orgs().unit(u).await.optional()? {
                units.push((unit.id, unit.name));
            }
        }
    }
    if let Some((_, p)) = s.access.person {
        for pos in state.db.people().positions_of(p).await? {
            if pos.is_current(today) && !units.iter().any(|(id, _)| *id == pos.unit) {
                units.push((pos.unit, pos.unit_name));
            }
        }
    }
    let mut shortcuts = vec![];
    for o in &orgs {
        if s.access.manages_org(saman_domain::OrgId(o.id)) && !s.access.is_admin() {
            shortcuts.push((format!("/organisations/{}/people", o.id), ctx.t1("home-people-of", "org", &o.name)));
            shortcuts.push((format!("/import?organisation={}", o.id), ctx.t1("home-import-into", "org", &o.name)));
        }
    }
    if s.access.is_admin() {
        shortcuts.push(("/admin/users".into(), ctx.t("home-manage-users")));
        shortcuts.push(("/import".into(), ctx.t("import-title")));
    }
    shortcuts.push(("/account".into(), ctx.t("home-api-tokens")));
    page(&ctx, &HomePage { ctx: &ctx, orgs, units, person: s.access.person.map(|(_, p)| p), shortcuts })
}
