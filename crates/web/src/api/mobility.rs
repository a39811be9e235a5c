//! API: mobility opportunities, applications, the home leader's decision, the host's
//! agreement and the evaluations — with the same rules and messages as the pages.

use super::extract::{ApiJson, ApiUser, Id};
use crate::ctx::SignedIn;
use crate::error::{ApiErrorBody, AppError};
use crate::mobility::{Parts, Seat};
use crate::scope;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use saman_app::input;
use saman_app::mobility::{self, AgreementDraft, ApplicationDraft, EvaluationDraft, Host, OpportunityDraft};
use saman_app::records::{Opportunity, Placement};
use saman_domain::{UnitId, parse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A use case's error, with the API's name for the field.
fn err(e: saman_app::Error) -> AppError {
    AppError::renamed(e, |f| match f {
        "host" => "unit_id",
        "period" => "starts_on",
        f if f.starts_with("competence_") => "competence_ids",
        f => f,
    })
}

#[derive(Serialize, ToSchema)]
pub struct PeriodOut {
    pub starts_on: String,
    pub ends_on: String,
}

#[derive(Serialize, ToSchema)]
pub struct OpportunityOut {
    pub id: i64,
    pub organisation_id: i64,
    pub unit_id: Option<i64>,
    /// The person who offers or asks for it.
    pub person_id: Option<i64>,
    /// hospitation, rotation, job_swap, trial, visit, mentoring or peer_coaching.
    pub kind: String,
    /// offer or request.
    pub direction: String,
    pub title: String,
    pub description: String,
    /// unit, org or network: who sees it and may apply.
    pub reach: String,
    pub places: i64,
    /// Position codes that may apply; empty for everyone within reach.
    pub open_to: Vec<String>,
    pub percent: i64,
    pub open: bool,
    /// Fixed periods; empty when dates are agreed case by case.
    pub periods: Vec<PeriodOut>,
    pub competence_ids: Vec<i64>,
}

impl From<&Opportunity> for OpportunityOut {
    fn from(o: &Opportunity) -> OpportunityOut {
        OpportunityOut {
            id: o.id,
            organisation_id: o.org.0,
            unit_id: o.unit.map(|u| u.0),
            person_id: o.person.map(|p| p.0),
            kind: o.kind.code().into(),
            direction: o.direction.code().into(),
            title: o.title.clone(),
            description: o.description.clone(),
            reach: o.reach.code().into(),
            places: o.places,
            open_to: o.open_to.clone(),
            percent: o.percent,
            open: o.open,
            periods: o.periods.iter().map(|p| PeriodOut { starts_on: p.starts_on.to_string(), ends_on: p.ends_on.to_string() }).collect(),
            competence_ids: o.competences.iter().map(|c| c.0).collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct PlacementOut {
    pub id: i64,
    pub opportunity_id: i64,
    /// The home employer.
    pub organisation_id: i64,
    pub person_id: i64,
    pub person_name: String,
    /// applied, approved, agreed, completed, declined or withdrawn.
    pub stage: String,
    pub host_organisation_id: Option<i64>,
    pub host_unit_id: Option<i64>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub percent: i64,
    pub motivation: String,
    pub approved_by: Option<String>,
    /// What the home leader recorded about pay and terms (which stay with the home employer).
    pub terms_note: Option<String>,
    pub goals: Option<String>,
    pub tasks: Option<String>,
    pub contact_person_id: Option<i64>,
    pub decline_reason: Option<String>,
}

impl From<&Placement> for PlacementOut {
    fn from(p: &Placement) -> PlacementOut {
        PlacementOut {
            id: p.id,
            opportunity_id: p.opportunity,
            organisation_id: p.org.0,
            person_id: p.person.0,
            person_name: p.person_name.clone(),
            stage: p.stage.code().into(),
            host_organisation_id: p.host_org.map(|o| o.0),
            host_unit_id: p.host_unit.map(|u| u.0),
            starts_on: p.period.map(|x| x.starts_on.to_string()),
            ends_on: p.period.map(|x| x.ends_on.to_string()),
            percent: p.percent,
            motivation: p.motivation.clone(),
            approved_by: p.approved_by.clone(),
            terms_note: p.terms_note.clone(),
            goals: p.goals.clone(),
            tasks: p.tasks.clone(),
            contact_person_id: p.contact.map(|c| c.0),
            decline_reason: p.decline_reason.clone(),
        }
    }
}

/// Open opportunities the caller sees (and closed ones the caller hosts), newest first.
#[utoipa::path(get, path = "/api/v1/opportunities", tag = "mobility", responses((status = 200, body = Vec<OpportunityOut>)))]
pub async fn list(State(state): State<AppState>, ApiUser(s): ApiUser) -> Result<Json<Vec<OpportunityOut>>, AppError> {
    Ok(Json(saman_app::mobility::listed(&state, &s.actor()).await?.iter().map(Into::into).collect()))
}

#[derive(Deserialize, ToSchema)]
pub struct OpportunityIn {
    /// offer (default) or request.
    pub direction: Option<String>,
    pub kind: String,
    pub title: String,
    pub description: String,
    /// The offering unit; without it the caller offers (or asks) in person.
    pub unit_id: Option<i64>,
    /// unit, org or network.
    pub reach: String,
    pub places: Option<i64>,
    /// Fixed ISO weeks, e.g. `12, 22, 45-46`, in `year` (by default the year two months from now).
    pub weeks: Option<String>,
    pub year: Option<i64>,
    /// One period instead of (or beside) the weeks, `YYYY-MM-DD`.
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    #[serde(default)]
    pub open_to: Vec<String>,
    pub percent: Option<i64>,
    /// Up to three competences it builds.
    #[serde(default)]
    pub competence_ids: Vec<i64>,
}

/// Offers an opportunity from a unit (leader there or HR) or in person, or asks for one.
#[utoipa::path(post, path = "/api/v1/opportunities", tag = "mobility", request_body = OpportunityIn,
    responses((status = 201, body = OpportunityOut), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    ApiJson(b): ApiJson<OpportunityIn>,
) -> Result<(StatusCode, Json<OpportunityOut>), AppError> {
    let direction = b.direction.clone().unwrap_or_else(|| "offer".into());
    let d = OpportunityDraft {
        host: Ok(Some(match b.unit_id {
            Some(u) if direction != "request" => Host::Unit(UnitId(u)),
            _ => Host::Person,
        })),
        direction,
        kind: b.kind.clone(),
        title: b.title.clone(),
        description: b.description.clone(),
        reach: b.reach.clone(),
        places: Ok(Some(b.places.unwrap_or(1))),
        percent: Ok(b.percent),
        weeks: b.weeks.clone().unwrap_or_default(),
        // Weeks without a year are the coming ones, as the form suggests.
        year: Ok(Some(b.year.unwrap_or_else(|| i64::from(chrono::Datelike::year(&(scope::today() + chrono::Duration::days(60))))))),
        starts_on: input::typed(b.starts_on.as_deref().unwrap_or(""), parse::date),
        ends_on: input::typed(b.ends_on.as_deref().unwrap_or(""), parse::date),
        open_to: b.open_to.clone(),
        competences: b.competence_ids.iter().map(|c| ("competence_ids", Ok(Some(*c)))).collect(),
    };
    let (id, placement) = mobility::create_opportunity(&state, &s.actor(), &d).await.map_err(err)?;
    if placement.is_some() {
        crate::notify::deliver(&state).await;
    }
    let (o, _) = mobility::opportunity(&state, &s.actor(), id).await?;
    Ok((StatusCode::CREATED, Json((&o).into())))
}

#[utoipa::path(get, path = "/api/v1/opportunities/{id}", tag = "mobility",
    params(("id" = i64, Path, description = "Opportunity id")),
    responses((status = 200, body = OpportunityOut), (status = 404, body = ApiErrorBody)))]
pub async fn get(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<OpportunityOut>, AppError> {
    Ok(Json((&mobility::opportunity(&state, &s.actor(), id).await?.0).into()))
}

#[derive(Deserialize, ToSchema)]
pub struct ApplicationIn {
    /// A fixed period's first day, or proposed dates when the opportunity has no fixed periods.
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub motivation: String,
}

/// Applies for an offer; the application goes to the caller's own leader.
#[utoipa::path(post, path = "/api/v1/opportunities/{id}/applications", tag = "mobility",
    params(("id" = i64, Path, description = "Opportunity id")), request_body = ApplicationIn,
    responses((status = 201, body = PlacementOut), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn apply(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<ApplicationIn>,
) -> Result<(StatusCode, Json<PlacementOut>), AppError> {
    let d = ApplicationDraft {
        period: b.starts_on.clone().unwrap_or_default(),
        starts_on: input::typed(b.starts_on.as_deref().unwrap_or(""), parse::date),
        ends_on: input::typed(b.ends_on.as_deref().unwrap_or(""), parse::date),
        motivation: b.motivation,
    };
    let p = mobility::apply(&state, &s.actor(), id, &d).await.map_err(err)?;
    crate::notify::deliver(&state).await;
    Ok((StatusCode::CREATED, Json((&p).into())))
}

#[derive(Serialize, ToSchema)]
pub struct AllocationOut {
    /// Placements that got a week, with the week.
    pub placed: Vec<PlacedOut>,
    /// Placements left without a week: no week with room suited them.
    pub left_out: Vec<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct PlacedOut {
    pub placement_id: i64,
    pub starts_on: String,
    pub ends_on: String,
}

/// The host shares the fixed weeks among the approved applicants optimally: as many as the
/// places allow, in the week they asked for where possible.
#[utoipa::path(post, path = "/api/v1/opportunities/{id}/allocation", tag = "mobility",
    params(("id" = i64, Path, description = "Opportunity id")),
    responses((status = 200, body = AllocationOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn allocate(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<AllocationOut>, AppError> {
    let out = mobility::allocate(&state, &s.actor(), id).await?;
    Ok(Json(AllocationOut {
        placed: out
            .placed
            .iter()
            .map(|(p, w)| PlacedOut { placement_id: *p, starts_on: w.starts_on.to_string(), ends_on: w.ends_on.to_string() })
            .collect(),
        left_out: out.left_out,
    }))
}

async fn placement_for(state: &AppState, s: &SignedIn, id: i64) -> Result<(Placement, Opportunity, Parts, Seat), AppError> {
    crate::mobility::placement::load(state, s, id).await
}

#[utoipa::path(get, path = "/api/v1/placements/{id}", tag = "mobility",
    params(("id" = i64, Path, description = "Placement id")),
    responses((status = 200, body = PlacementOut), (status = 404, body = ApiErrorBody)))]
pub async fn get_placement(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<PlacementOut>, AppError> {
    let (p, ..) = placement_for(&state, &s, id).await?;
    Ok(Json((&p).into()))
}

#[derive(Deserialize, ToSchema)]
pub struct DecisionIn {
    /// For approval: an optional note on pay and terms; for declining: the reason (required).
    pub note: Option<String>,
    /// For approval: must be true — pay and terms stay with the home employer while the person is away.
    #[serde(default)]
    pub terms_confirmed: bool,
}

/// A decision's problem as an API error, with the API's name for the field.
fn decision_error(e: saman_app::Error) -> AppError {
    match e {
        saman_app::Error::Invalid(p) if p.first().is_some_and(|p| p.field == "terms") => {
            AppError::bad("mobility-err-terms", "terms_confirmed")
        }
        e => e.into(),
    }
}

/// The home leader (or HR at home) approves.
#[utoipa::path(post, path = "/api/v1/placements/{id}/approve", tag = "mobility",
    params(("id" = i64, Path, description = "Placement id")), request_body = DecisionIn,
    responses((status = 200, body = PlacementOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn approve(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<DecisionIn>,
) -> Result<Json<PlacementOut>, AppError> {
    let seen = saman_app::mobility::approve(&state, &s.actor(), id, b.terms_confirmed, b.note.as_deref().unwrap_or_default())
        .await
        .map_err(decision_error)?;
    crate::notify::deliver(&state).await;
    Ok(Json((&seen.placement).into()))
}

/// The home leader declines an application, or the host an approved one. Anyone else with a
/// say at another stage is told the stage is wrong (409); anyone without a say, 403.
#[utoipa::path(post, path = "/api/v1/placements/{id}/decline", tag = "mobility",
    params(("id" = i64, Path, description = "Placement id")), request_body = DecisionIn,
    responses((status = 200, body = PlacementOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn decline(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<DecisionIn>,
) -> Result<Json<PlacementOut>, AppError> {
    let seen = saman_app::mobility::decline(&state, &s.actor(), id, b.note.as_deref().unwrap_or_default()).await.map_err(decision_error)?;
    crate::notify::deliver(&state).await;
    Ok(Json((&seen.placement).into()))
}

#[derive(Deserialize, ToSchema)]
pub struct AgreementIn {
    /// For a request: the unit taking the person in (one the caller leads, or any where the caller is HR).
    pub host_unit_id: Option<i64>,
    pub starts_on: String,
    pub ends_on: String,
    pub goals: String,
    pub tasks: String,
    /// Someone at the host.
    pub contact_person_id: i64,
    pub percent: Option<i64>,
}

/// The host accepts with the agreement. Refused (409) when the person already has an
/// agreement on those days or the places are taken.
#[utoipa::path(post, path = "/api/v1/placements/{id}/agreement", tag = "mobility",
    params(("id" = i64, Path, description = "Placement id")), request_body = AgreementIn,
    responses((status = 200, body = PlacementOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn agree(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<AgreementIn>,
) -> Result<Json<PlacementOut>, AppError> {
    let d = AgreementDraft {
        host_unit: Ok(b.host_unit_id.map(UnitId)),
        starts_on: input::typed(&b.starts_on, parse::date),
        ends_on: input::typed(&b.ends_on, parse::date),
        goals: b.goals,
        contact: Ok(Some(b.contact_person_id)),
        tasks: b.tasks,
        percent: Ok(b.percent),
    };
    let p = mobility::accept(&state, &s.actor(), id, &d).await.map_err(err)?;
    crate::notify::deliver(&state).await;
    Ok(Json((&p).into()))
}

#[derive(Deserialize, ToSchema)]
pub struct EvaluationIn {
    /// 1 (of little use) to 5 (very useful, recommended).
    pub rating: i64,
    pub learnt: String,
    pub improve: Option<String>,
}

/// The participant's or the host's evaluation (the side follows from the caller). The second
/// completes the placement and grants the competences it built.
#[utoipa::path(post, path = "/api/v1/placements/{id}/evaluations", tag = "mobility",
    params(("id" = i64, Path, description = "Placement id")), request_body = EvaluationIn,
    responses((status = 200, body = PlacementOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn evaluate(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<EvaluationIn>,
) -> Result<Json<PlacementOut>, AppError> {
    let d = EvaluationDraft { rating: Ok(Some(b.rating)), learnt: b.learnt, improve: b.improve.unwrap_or_default() };
    let (p, done) = mobility::evaluate(&state, &s.actor(), id, &d).await.map_err(err)?;
    if done {
        crate::notify::deliver(&state).await;
    }
    Ok(Json((&p).into()))
}
