//! Administration of user accounts and their roles (administrators only).

use crate::auth::hash_password;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use saman_domain::{Grant, NetworkId, OrgId, Role, UserId, parse};
use saman_store::{Network, Organisation, StoreError, User, UserSummary};
use serde::Deserialize;

pub struct UserRow {
    pub summary: UserSummary,
    pub roles: String,
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct UsersPage<'a> {
    ctx: &'a Ctx,
    users: Vec<UserRow>,
    errors: FieldErrors,
    form: NewUserForm,
}

#[derive(Deserialize, Default, Clone)]
pub struct NewUserForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    password: String,
}

async fn users_page(state: &AppState, ctx: &Ctx, errors: FieldErrors, form: NewUserForm) -> Result<Response, AppError> {
    let users = state
        .db
        .users()
        .list()
        .await?
        .into_iter()
        .map(|summary| {
            let mut roles: Vec<String> = summary.grants.iter().map(|(_, g)| ctx.t(&format!("role-{}", g.role().code()))).collect();
            roles.dedup();
            UserRow { roles: roles.join(", "), summary }
        })
        .collect();
    let bad = errors.any();
    let mut r = page(ctx, &UsersPage { ctx, users, errors, form })?;
    if bad {
        *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

pub async fn users(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    ctx.require_admin()?;
    users_page(&state, &ctx, FieldErrors::default(), NewUserForm::default()).await
}

pub async fn create_user(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<NewUserForm>) -> Result<Response, AppError> {
    ctx.require_admin()?;
    let mut e = FieldErrors::default();
    let username = e.check(ctx.lang, "username", "field-username", parse::username(&f.username));
    let display = e.check(ctx.lang, "display_name", "field-display-name", parse::text(&f.display_name, 200));
    let password = e.check(ctx.lang, "password", "field-password", parse::new_password(&f.password));
    let (Some(username), Some(display), Some(password)) = (username, display, password) else {
        return users_page(&state, &ctx, e, NewUserForm { password: String::new(), ..f }).await;
    };
    let hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| AppError::internal("password hashing", &e))?
        .map_err(|e| AppError::internal("password hashing", &e))?;
    match state.db.users().create(&ctx.actor(), &username, &display, Some(&hash), None).await {
        Ok(id) => Ok(Redirect::to(&format!("/admin/users/{id}")).into_response()),
        Err(StoreError::Duplicate("username")) => {
            e.add(ctx.lang, "username", "field-username", "err-duplicate-username");
            users_page(&state, &ctx, e, NewUserForm { password: String::new(), ..f }).await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Deserialize)]
pub struct PersonForm {
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    employee_number: String,
    #[serde(default)]
    unlink: Option<String>,
}

/// Links the account to a person by organisation and employee number; empty unlinks.
pub async fn link_person(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::api::extract::Id(id): crate::api::extract::Id,
    CsrfForm(f): CsrfForm<PersonForm>,
) -> Result<Response, AppError> {
    ctx.require_admin()?;
    let id = UserId(id);
    state.db.users().get(id).await?;
    let mut e = FieldErrors::default();
    let number = f.employee_number.trim();
    let person = if f.unlink.is_some() {
        None
    } else if number.is_empty() {
        e.add(ctx.lang, "employee_number", "col-employee-number", "err-required");
        None
    } else {
        match f.organisation.parse::<i64>().ok().map(OrgId) {
            None => {
                e.add(ctx.lang, "link_organisation", "field-organisation", "err-grant-needs-organisation");
                None
            }
            Some(org) => match state.db.people().by_employee_number(org, number).await? {
                Some(p) => Some(p.id),
                None => {
                    e.add(ctx.lang, "employee_number", "col-employee-number", "err-unknown-person");
                    None
                }
            },
        }
    };
    if e.any() {
        return user_page(&state, &ctx, id, e, false).await;
    }
    state.db.users().set_person(&ctx.actor(), id, person).await?;
    state.sessions.forget_user(id);
    Ok(Redirect::to(&format!("/admin/users/{id}")).into_response())
}

pub struct GrantRow {
    pub id: i64,
    pub label: String,
}

#[derive(Template)]
#[template(path = "admin_user.html")]
struct UserPage<'a> {
    ctx: &'a Ctx,
    user: User,
    person: Option<saman_store::Person>,
    grants: Vec<GrantRow>,
    orgs: Vec<Organisation>,
    networks: Vec<Network>,
    roles: Vec<(String, String)>,
    errors: FieldErrors,
    saved: bool,
}

async fn user_page(state: &AppState, ctx: &Ctx, id: UserId, errors: FieldErrors, saved: bool) -> Result<Response, AppError> {
    let user = state.db.users().get(id).await?;
    let orgs = state.db.orgs().organisations().await?;
    let networks = state.db.orgs().networks().await?;
    let mut grants = vec![];
    for (gid, g) in state.db.users().grants_with_ids(id).await? {
        let mut label = ctx.t(&format!("role-{}", g.role().code()));
        if let Some(o) = g.org().and_then(|o| orgs.iter().find(|x| x.id == o)) {
            label = format!("{label} – {}", o.name);
        }
        if let Grant::Leader { unit, .. } = g {
            label = format!("{label} ({})", state.db.orgs().unit(unit).await?.name);
        }
        if let Grant::Coordinator { network } = g
            && let Some(n) = networks.iter().find(|n| n.id == network)
        {
            label = format!("{label} – {}", n.name);
        }
        grants.push(GrantRow { id: gid, label });
    }
    let roles = Role::ALL.iter().map(|r| (r.code().to_string(), ctx.t(&format!("role-{}", r.code())))).collect();
    let bad = errors.any();
    let person = match user.person {
        Some(p) => Some(state.db.people().person(p).await?),
        None => None,
    };
    let mut r = page(ctx, &UserPage { ctx, user, person, grants, orgs, networks, roles, errors, saved })?;
    if bad {
        *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

pub async fn user(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::api::extract::Id(id): crate::api::extract::Id,
) -> Result<Response, AppError> {
    ctx.require_admin()?;
    user_page(&state, &ctx, UserId(id), FieldErrors::default(), false).await
}

#[derive(Deserialize)]
pub struct GrantForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    network: String,
    #[serde(default)]
    unit_code: String,
}

pub async fn add_grant(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::api::extract::Id(id): crate::api::extract::Id,
    CsrfForm(f): CsrfForm<GrantForm>,
) -> Result<Response, AppError> {
    ctx.require_admin()?;
    let id = UserId(id);
    state.db.users().get(id).await?;
    let mut e = FieldErrors::default();
    let org = f.organisation.parse::<i64>().ok().map(OrgId);
    let net = f.network.parse::<i64>().ok().map(NetworkId);
    let grant = match Role::parse(&f.role) {
        None => {
            e.add(ctx.lang, "role", "field-role", if f.role.is_empty() { "err-required" } else { "err-bad-choice" });
            None
        }
        Some(Role::Admin) => Some(Grant::Admin),
        Some(Role::Coordinator) => match net {
            Some(network) => Some(Grant::Coordinator { network }),
            None => {
                e.add(ctx.lang, "network", "field-network", "err-grant-needs-network");
                None
            }
        },
        Some(role) => match org {
            None => {
                e.add(ctx.lang, "organisation", "field-organisation", "err-grant-needs-organisation");
                None
            }
            Some(org) => match role {
                Role::Hr => Some(Grant::Hr { org }),
                Role::Employee => Some(Grant::Employee { org }),
                _ => {
                    let units = state.db.orgs().units(org).await?;
                    match units.iter().find(|u| u.code.as_deref() == Some(f.unit_code.trim())) {
                        Some(u) => Some(Grant::Leader { org, unit: u.id }),
                        None => {
                            e.add(ctx.lang, "unit_code", "field-unit-code", "err-unknown-unit");
                            None
                        }
                    }
                }
            },
        },
    };
    let Some(grant) = grant else { return user_page(&state, &ctx, id, e, false).await };
    match state.db.users().add_grant(&ctx.actor(), id, grant).await {
        Ok(()) => {
            state.sessions.forget_user(id);
            Ok(Redirect::to(&format!("/admin/users/{id}")).into_response())
        }
        Err(StoreError::Duplicate(_)) => {
            e.add(ctx.lang, "role", "field-role", "err-duplicate-grant");
            user_page(&state, &ctx, id, e, false).await
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn remove_grant(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, gid)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    ctx.require_admin()?;
    state.db.users().remove_grant(&ctx.actor(), UserId(id), gid).await?;
    state.sessions.forget_user(UserId(id));
    Ok(Redirect::to(&format!("/admin/users/{id}")).into_response())
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    new_password: String,
}

pub async fn set_password(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::api::extract::Id(id): crate::api::extract::Id,
    CsrfForm(f): CsrfForm<PasswordForm>,
) -> Result<Response, AppError> {
    ctx.require_admin()?;
    let id = UserId(id);
    state.db.users().get(id).await?;
    let mut e = FieldErrors::default();
    let Some(pw) = e.check(ctx.lang, "new_password", "field-new-password", parse::new_password(&f.new_password)) else {
        return user_page(&state, &ctx, id, e, false).await;
    };
    let hash = tokio::task::spawn_blocking(move || hash_password(&pw))
        .await
        .map_err(|e| AppError::internal("password hashing", &e))?
        .map_err(|e| AppError::internal("password hashing", &e))?;
    state.db.users().set_password(&ctx.actor(), id, &hash).await?;
    state.sessions.forget_user(id);
    user_page(&state, &ctx, id, FieldErrors::default(), true).await
}
