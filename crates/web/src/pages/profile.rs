//! A person's competence profile: holdings, their history, and wishes to develop.

use crate::competence::{level_name, max_level, may_edit_profile, may_verify, options};
use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::scope;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Months, NaiveDate};
use saman_domain::{OrgId, PersonId, UnitId, parse};
use saman_store::{CompetenceId, HoldingInput, Person};
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

pub(crate) async fn ancestries(state: &AppState, org: OrgId, person: PersonId) -> Result<Vec<Vec<UnitId>>, AppError> {
    let view = state.orgs.get(&state.db, org).await?;
    let today = scope::today();
    Ok(state.db.people().positions_of(person).await?.iter().filter(|p| p.is_current(today)).map(|p| view.tree.ancestry(p.unit)).collect())
}

/// The profile of a person whose current positions sit under `anc`; `with_options` adds
/// the catalogue for the add form.
pub async fn load(
    state: &AppState,
    ctx: &Ctx,
    s: &SignedIn,
    person: &Person,
    anc: &[Vec<UnitId>],
    errors: FieldErrors,
    with_options: bool,
) -> Result<Profile, AppError> {
    let cat = state.catalogues.get(&state.db, Some(person.org)).await?;
    let today = scope::today();
    let mut holdings = vec![];
    let files = state.db.files().of_person(person.id).await?;
    for h in state.db.holdings().of(person.id).await? {
        let Some(c) = cat.iter().find(|c| c.id == h.competence) else { continue };
        let evidence_link = h.evidence.as_deref().is_some_and(|e| e.starts_with("https://") || e.starts_with("http://"));
        holdings.push(HoldingRow {
            competence: c.id.0,
            files: files.iter().filter(|f| f.holding == h.id).map(|f| (f.id, f.filename.clone())).collect(),
            evidence: h.evidence.clone(),
            evidence_link,
            id: h.id,
            name: c.name(ctx.lang).to_string(),
            level: level_name(ctx.lang, &c.scale, h.level),
            obtained: h.obtained_on,
            expires: h.expires_on,
            expired: !h.valid_on(today),
            soon: h.expires_on.is_some_and(|e| e >= today && e <= today + chrono::Duration::days(90)),
            source: ctx.t(&format!("source-{}", h.source)),
            verified: h.verified_at.is_some(),
        });
    }
    holdings.sort_by_key(|a| a.name.to_lowercase());
    let wishes = state
        .db
        .holdings()
        .wishes(person.id)
        .await?
        .into_iter()
        .filter_map(|w| cat.iter().find(|c| c.id == w).map(|c| (c.id.0, c.name(ctx.lang).to_string())))
        .collect();
    let cname = |id: CompetenceId| cat.iter().find(|c| c.id == id).map(|c| c.name(ctx.lang).to_string()).unwrap_or_default();
    let offers = state
        .db
        .experts()
        .of(person.id)
        .await?
        .into_iter()
        .map(|o| OfferView {
            id: o.id,
            competence: cname(o.competence),
            note: o.note,
            visibility: ctx.t(&format!("visibility-{}", o.visibility.code())),
        })
        .collect();
    let history = state
        .db
        .holdings()
        .history(person.id)
        .await?
        .into_iter()
        .map(|e| {
            let scale = cat.iter().find(|c| c.id == e.competence).map(|c| c.scale.clone()).unwrap_or_default();
            EventView {
                at: e.at,
                competence: cname(e.competence),
                action: ctx.t(&format!("history-{}", e.action)),
                level: e.level.map(|l| level_name(ctx.lang, &scale, l)),
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
    let person = state.db.people().person(PersonId(id)).await?;
    let org = scope::org(state, &s.access, person.org).await?;
    let anc = ancestries(state, org.id, person.id).await?;
    if !s.access.sees_person(org.id, person.id, &anc) {
        return Err(AppError::NotFound);
    }
    if !may_edit_profile(&s.access, org.id, person.id, &anc) {
        return Err(AppError::Forbidden);
    }
    Ok((person, anc))
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

pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<HoldingForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (person, anc) = editable(&state, s, id).await?;
    let mut e = FieldErrors::default();
    let competence = match f.competence.parse::<i64>() {
        Ok(c) => state.db.competences().visible(person.org, CompetenceId(c)).await.ok(),
        Err(_) => None,
    };
    if competence.is_none() {
        e.add(ctx.lang, "competence", "field-competence", if f.competence.is_empty() { "err-required" } else { "err-bad-choice" });
    }
    let level = f.level.trim().parse::<i64>().unwrap_or(1);
    if let Some(c) = &competence
        && !(1..=max_level(&c.scale)).contains(&level)
    {
        e.add(ctx.lang, "level", "field-level", "err-bad-level");
    }
    let obtained = match f.obtained_on.trim() {
        "" => None,
        s => e.check(ctx.lang, "obtained_on", "field-obtained-on", parse::date(s)),
    };
    let mut expires = match f.expires_on.trim() {
        "" => None,
        s => e.check(ctx.lang, "expires_on", "field-expires-on", parse::date(s)),
    };
    if let (Some(o), Some(x)) = (obtained, expires)
        && x < o
    {
        e.add(ctx.lang, "expires_on", "field-expires-on", "err-expires-before-obtained");
    }
    if obtained.is_some_and(|o| o > scope::today()) {
        e.add(ctx.lang, "obtained_on", "field-obtained-on", "err-obtained-in-future");
    }
    let evidence = e.check(ctx.lang, "evidence", "field-evidence", parse::optional_text(&f.evidence, 2000)).flatten();
    let (Some(c), true) = (competence, e.items.is_empty()) else {
        return new_page(&state, &ctx, s, person, &anc, e).await;
    };
    // A competence with a validity period expires that long after it was obtained, unless told otherwise.
    if expires.is_none()
        && let (Some(m), Some(o)) = (c.validity_months, obtained)
    {
        expires = o.checked_add_months(Months::new(m as u32));
    }
    let own = s.access.person == Some((person.org, person.id));
    let input = HoldingInput {
        competence: c.id,
        level,
        obtained_on: obtained,
        expires_on: expires,
        evidence,
        source: if own { "self" } else { "verified" },
    };
    state.db.holdings().save(&ctx.actor(), person.org, person.id, &input).await?;
    Ok(Redirect::to(&format!("/people/{}#competence-profile", person.id)).into_response())
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, hid)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (person, _) = editable(&state, s, id).await?;
    let h = state.db.holdings().get(hid).await?;
    if h.person != person.id {
        return Err(AppError::NotFound);
    }
    state.db.holdings().delete(&ctx.actor(), hid).await?;
    Ok(Redirect::to(&format!("/people/{}#competence-profile", person.id)).into_response())
}

pub async fn verify(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, hid)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (person, anc) = editable(&state, s, id).await?;
    if !may_verify(&s.access, person.org, person.id, &anc) {
        return Err(AppError::Forbidden);
    }
    let h = state.db.holdings().get(hid).await?;
    if h.person != person.id {
        return Err(AppError::NotFound);
    }
    state.db.holdings().verify(&ctx.actor(), hid, s.user.id).await?;
    Ok(Redirect::to(&format!("/people/{}#competence-profile", person.id)).into_response())
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
    let (person, anc) = editable(&state, s, id).await?;
    let c = match f.competence.parse::<i64>() {
        Ok(c) => state.db.competences().visible(person.org, CompetenceId(c)).await.ok(),
        Err(_) => None,
    };
    let Some(c) = c else {
        let mut e = FieldErrors::default();
        e.add(ctx.lang, "wish", "field-wish", "err-required");
        return new_page(&state, &ctx, s, person, &anc, e).await;
    };
    state.db.holdings().set_wish(person.org, person.id, c.id, f.remove.is_none()).await?;
    Ok(Redirect::to(&format!("/people/{}#competence-profile", person.id)).into_response())
}
