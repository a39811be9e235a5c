//! The front page after sign-in: the user's organisations, units and profile.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::setup::checklist::{ChecklistView, view};
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use saman_domain::{PersonId, UnitId};

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
    checklists: Vec<ChecklistView>,
    invitations: Vec<saman_app::records::Invitation>,
    is_admin: bool,
}

pub async fn home(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let home = saman_app::home::home(&state, &s.actor()).await?;
    let orgs: Vec<OrgCard> = home
        .orgs
        .into_iter()
        .map(|(o, people)| OrgCard { id: o.id.0, name: o.name, kind: ctx.t(&format!("org-kind-{}", o.kind.code())), people })
        .collect();
    let units = home.units;
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
        shortcuts.push(("/organisations/new".into(), ctx.t("org-new-title")));
        shortcuts.push(("/networks".into(), ctx.t("networks-title")));
    }
    shortcuts.push(("/account".into(), ctx.t("home-api-tokens")));
    let mut checklists = vec![];
    for c in saman_app::setup::open_checklists(&state, &s.actor()).await? {
        checklists.push(view(&state, &ctx, c).await?);
    }
    let is_admin = s.access.is_admin();
    let invitations = saman_app::networks::waiting(&state, &s.actor()).await?;
    let person = s.access.person.map(|(_, p)| p);
    page(&ctx, &HomePage { ctx: &ctx, orgs, units, person, shortcuts, checklists, invitations, is_admin })
}
