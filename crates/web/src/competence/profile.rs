//! A person's competence profile: holdings, their history, and wishes to develop.

use crate::competence::{level_name, options};
use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::scope;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use saman_app::access::{may_edit_profile, may_verify};
use saman_app::holdings;
use saman_app::records::{CompetenceId, CompetenceRow, FileInfo, Holding, Person};
use saman_domain::{PersonId, UnitId, parse};
use serde::Deserialize;

pub struct HoldingRow {
    pub id: i64,
    pub competence: i64,
    pub name: String,
    pub level: String,
    pub obtained: Option<NaiveDate>,
    pub expires: Option<NaiveDate>,
    pub expired: bool,
    pub soon: bool,
    pub source: String,
    pub verified: bool,
    pub evidence: Option<String>,
    /// The evidence is a web address, shown as a link.
    pub evidence_link: bool,
    /// Attached files: (id, name).
    pub files: Vec<(i64, String)>,
}

pub struct OfferView {
    pub id: i64,
    pub competence: String,
    pub note: Option<String>,
    pub visibility: String,
}

pub struct EventView {
    pub at: i64,
    pub competence: String,
    pub action: String,
    pub level: Option<String>,
    /// The level before, where an import changed it.
    pub before: Option<String>,
    pub actor: String,
}

pub struct Profile {
    pub holdings: Vec<HoldingRow>,
    pub wishes: Vec<(i64, String)>,
    pub options: Vec<(i64, String)>,
    pub can_edit: bool,
    pub can_verify: bool,
    /// The signed-in user is this person: they may offer to share what they know.
    pub is_self: bool,
    pub offers: Vec<OfferView>,
    pub history: Vec<EventView>,
    pub errors: FieldErrors,
}

/// The profile of a person whose current positions sit under `anc`; `with_options` adds
/// the catalogue for the add form.
/// A holding as the profile lists it: level by name, evidence (a link when it is one), files,
/// and whether it has expired or expires within 90 days.
fn holding_row(ctx: &Ctx, h: &Holding, c: &CompetenceRow, files: &[FileInfo], today: NaiveDate) -> HoldingRow {
    HoldingRow {
        competence: c.id.0,
        files: files.iter().filter(|f| f.holding == h.id).map(|f| (f.id, f.filename.clone())).collect(),
        evidence: h.evidence.clone(),
        evidence_link: h.evidence.as_deref().is_some_and(|e| e.starts_with("https://") || e.starts_with("http://")),
        id: h.id,
        name: c.name(ctx.lang).to_string(),
        level: level_name(ctx.lang, &c.scale, h.level),
        obtained: h.obtained_on,
        expires: h.expires_on,
        expired: !h.valid_on(today),
        soon: h.expires_on.is_some_and(|e| e >= today && e <= today + chrono::Duration::days(90)),
        source: ctx.t(&format!("source-{}", h.source)),
        verified: h.verified_at.is_some(),
    }
}

pub async fn load(
    state: &AppState,
    ctx: &Ctx,
    s: &SignedIn,
    person: &Person,
    anc: &[Vec<UnitId>],
    errors: FieldErrors,
    with_options: bool,
) -> Result<Profile, AppError> {
    let data = saman_app::holdings::profile(state, &s.actor(), person.id).await?;
    let cat = data.catalogue;
    let today = scope::today();
    let mut holdings: Vec<HoldingRow> = data
        .holdings
        .iter()
        .filter_map(|h| cat.iter().find(|c| c.id == h.competence).map(|c| holding_row(ctx, h, c, &data.files, today)))
        .collect();
    holdings.sort_by_key(|a| a.name.to_lowercase());
    let wishes =
        data.wishes.into_iter().filter_map(|w| cat.iter().find(|c| c.id == w).map(|c| (c.id.0, c.name(ctx.lang).to_string()))).collect();
    let cname = |id: CompetenceId| cat.iter().find(|c| c.id == id).map(|c| c.name(ctx.lang).to_string()).unwrap_or_default();
    let offers = data
        .offers
        .into_iter()
        .map(|o| OfferView {
            id: o.id,
            competence: cname(o.competence),
            note: o.note,
            visibility: ctx.t(&format!("visibility-{}", o.visibility.code())),
        })
        .collect();
    let history = data
        .history
        .into_iter()
        .map(|e| {
            let scale = cat.iter().find(|c| c.id == e.competence).map(|c| c.scale.clone()).unwrap_or_default();
            EventView {
                at: e.at,
                competence: cname(e.competence),
                action: ctx.t(&format!("history-{}", e.action)),
                level: e.level.map(|l| level_name(ctx.lang, &scale, l)),
                before: e.before.map(|l| level_name(ctx.lang, &scale, l)),
                actor: e.actor_name,
            }
        })
        .collect();
    Ok(Profile {
        holdings,
        wishes,
        is_self: s.access.person == Some((person.org, person.id)),
        offers,
        history,
        options: if with_options { options(ctx.lang, &cat) } else { vec![] },
        can_edit: may_edit_profile(&s.access, person.org, person.id, anc),
        can_verify: may_verify(&s.access, person.org, person.id, anc),
        errors,
    })
}

/// The person, if the user may change their profile (else not found or forbidden), with
/// the ancestries of their current positions.
pub(crate) async fn editable(state: &AppState, s: &SignedIn, id: i64) -> Result<(Person, Vec<Vec<UnitId>>), AppError> {
    let r = saman_app::access::profile_editor(state, &s.actor(), PersonId(id)).await?;
    Ok((r.person, r.ancestries))
}

#[derive(askama::Template)]
#[template(path = "holding_new.html")]
struct NewPage<'a> {
    ctx: &'a Ctx,
    person: Person,
    profile: Profile,
}

pub(crate) async fn new_page(
    state: &AppState,
    ctx: &Ctx,
    s: &SignedIn,
    person: Person,
    anc: &[Vec<UnitId>],
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let bad = errors.any();
    let profile = load(state, ctx, s, &person, anc, errors, true).await?;
    let mut r = crate::view::page(ctx, &NewPage { ctx, person, profile })?;
    if bad {
        *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

/// The page for adding a holding or a wish.
pub async fn new(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::api::extract::Id(id): crate::api::extract::Id,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (person, anc) = editable(&state, s, id).await?;
    new_page(&state, &ctx, s, person, &anc, FieldErrors::default()).await
}

#[derive(Deserialize)]
pub struct HoldingForm {
    #[serde(default)]
    competence: String,
    #[serde(default)]
    level: String,
    #[serde(default)]
    obtained_on: String,
    #[serde(default)]
    expires_on: String,
    #[serde(default)]
    evidence: String,
}

/// A value typed into a form: empty is absent.
fn typed<T>(v: &str, parse: impl Fn(&str) -> Result<T, parse::ParseError>) -> holdings::Parsed<T> {
    match v.trim() {
        "" => Ok(None),
        v => parse(v).map(Some),
    }
}

/// Re-renders the add form with the problems a use case found, or passes other errors on.
async fn or_form(state: &AppState, ctx: &Ctx, s: &SignedIn, id: i64, r: saman_app::Result<()>, to: String) -> Result<Response, AppError> {
    match r {
        Ok(()) => Ok(Redirect::to(&to).into_response()),
        Err(saman_app::Error::Invalid(problems)) => {
            let (person, anc) = editable(state, s, id).await?;
            new_page(state, ctx, s, person, &anc, FieldErrors::from_problems(ctx.lang, &problems)).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A choice of competence: absent when empty, and never a valid id when it is not a number.
fn choice(v: &str) -> Option<i64> {
    match v.trim() {
        "" => None,
        c => Some(c.parse().unwrap_or(-1)),
    }
}

pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<HoldingForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let draft = holdings::Draft {
        competence: choice(&f.competence),
        level: typed(&f.level, |v| v.parse::<i64>().map_err(|_| parse::ParseError::BadNumber)),
        obtained_on: typed(&f.obtained_on, parse::date),
        expires_on: typed(&f.expires_on, parse::date),
        evidence: Some(f.evidence),
    };
    let r = holdings::save(&state, &s.actor(), PersonId(id), &draft).await.map(drop);
    or_form(&state, &ctx, s, id, r, format!("/people/{id}#competence-profile")).await
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, hid)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    holdings::remove(&state, &s.actor(), PersonId(id), hid).await?;
    Ok(Redirect::to(&format!("/people/{id}#competence-profile")).into_response())
}

pub async fn verify(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, hid)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    holdings::verify(&state, &s.actor(), PersonId(id), hid).await?;
    Ok(Redirect::to(&format!("/people/{id}#competence-profile")).into_response())
}

#[derive(Deserialize)]
pub struct WishForm {
    #[serde(default)]
    competence: String,
    #[serde(default)]
    remove: Option<String>,
}

pub async fn wish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<WishForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let r = holdings::wish(&state, &s.actor(), PersonId(id), choice(&f.competence), f.remove.is_none()).await;
    or_form(&state, &ctx, s, id, r, format!("/people/{id}#competence-profile")).await
}
