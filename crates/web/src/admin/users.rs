//! Administration of user accounts and their roles (administrators only).

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
use saman_app::admin::{self, GrantDraft, NewUser};
use saman_app::records::{Network, Organisation, User, UserSummary};
use saman_domain::{Role, UserId};
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
    let users = admin::users(state, &ctx.require_user()?.actor())
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
    let s = ctx.require_user()?;
    let d = NewUser { username: f.username.clone(), display_name: f.display_name.clone(), password: f.password.clone(), grant: None };
    match admin::create_user(&state, &s.actor(), &d).await {
        Ok(id) => Ok(Redirect::to(&format!("/admin/users/{id}")).into_response()),
        Err(e) => {
            users_page(&state, &ctx, FieldErrors::from_error(ctx.lang, e, field_name)?, NewUserForm { password: String::new(), ..f }).await
        }
    }
}

/// The form's id and label for a field a use case names.
fn field_name(f: &str) -> (String, String) {
    let label = match f {
        "employee_number" => "col-employee-number".to_string(),
        f => format!("field-{}", f.replace('_', "-")),
    };
    (f.to_string(), label)
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
    let s = ctx.require_user()?;
    let id = UserId(id);
    let to = match f.unlink {
        Some(_) => None,
        None => Some((f.organisation.parse::<i64>().ok(), f.employee_number.as_str())),
    };
    match admin::link_person(&state, &s.actor(), id, to).await {
        Ok(_) => {
            state.sessions.forget_user(id);
            Ok(Redirect::to(&format!("/admin/users/{id}")).into_response())
        }
        Err(e) => {
            // The organisation chosen for the link has its own field on the page.
            let name =
                |f: &str| if f == "organisation" { ("link_organisation".into(), "field-organisation".into()) } else { field_name(f) };
            let e = FieldErrors::from_error(ctx.lang, e, name)?;
            user_page(&state, &ctx, id, e, false).await
        }
    }
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
    person: Option<saman_app::records::Person>,
    grants: Vec<GrantRow>,
    orgs: Vec<Organisation>,
    networks: Vec<Network>,
    roles: Vec<(String, String)>,
    errors: FieldErrors,
    saved: bool,
}

async fn user_page(state: &AppState, ctx: &Ctx, id: UserId, errors: FieldErrors, saved: bool) -> Result<Response, AppError> {
    let d = admin::user(state, &ctx.require_user()?.actor(), id).await?;
    let grants =
        d.grants.iter().map(|g| GrantRow { id: g.id.unwrap_or_default(), label: crate::account::settings::grant_label(ctx, g) }).collect();
    let roles = Role::ALL.iter().map(|r| (r.code().to_string(), ctx.t(&format!("role-{}", r.code())))).collect();
    let bad = errors.any();
    let (user, person, orgs, networks) = (d.user, d.person, d.orgs, d.networks);
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
    let s = ctx.require_user()?;
    let id = UserId(id);
    let d = GrantDraft { role: f.role, organisation: f.organisation.parse().ok(), network: f.network.parse().ok(), unit_code: f.unit_code };
    match admin::add_grant(&state, &s.actor(), id, &d).await {
        Ok(_) => {
            state.sessions.forget_user(id);
            Ok(Redirect::to(&format!("/admin/users/{id}")).into_response())
        }
        Err(e) => user_page(&state, &ctx, id, FieldErrors::from_error(ctx.lang, e, field_name)?, false).await,
    }
}

pub async fn remove_grant(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, gid)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    ctx.require_admin()?;
    let s = ctx.require_user()?;
    admin::remove_grant(&state, &s.actor(), UserId(id), gid).await?;
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
    let s = ctx.require_user()?;
    let id = UserId(id);
    if let Err(e) = admin::set_password(&state, &s.actor(), id, &f.new_password).await {
        return user_page(&state, &ctx, id, FieldErrors::from_error(ctx.lang, e, field_name)?, false).await;
    }
    state.sessions.forget_user(id);
    user_page(&state, &ctx, id, FieldErrors::default(), true).await
}
