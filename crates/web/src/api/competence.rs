//! API: a person's holdings and a unit's gap analysis.

use super::extract::{ApiJson, ApiUser, Id};
use crate::error::{ApiErrorBody, AppError};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use saman_domain::{PersonId, UnitId, parse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct HoldingOut {
    pub id: i64,
    pub competence_id: i64,
    pub competence_key: String,
    pub level: i64,
    /// ISO dates.
    pub obtained_on: Option<String>,
    pub expires_on: Option<String>,
    /// `self`, `verified`, `imported` or `earned`.
    pub source: String,
}

#[derive(Deserialize, ToSchema)]
pub struct HoldingIn {
    pub competence_id: i64,
    /// On the competence's scale (1 for education, authorisations and courses; 1–4 for skills).
    pub level: i64,
    pub obtained_on: Option<String>,
    pub expires_on: Option<String>,
    pub evidence: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct GapRowOut {
    pub requirement_id: i64,
    pub competence_id: i64,
    pub competence_key: String,
    /// The unit the requirement is set on, or null for a position-code requirement.
    pub unit_id: Option<i64>,
    pub position_code: Option<String>,
    pub mandatory: bool,
    pub min_level: i64,
    pub required: usize,
    pub covered: usize,
    pub missing: usize,
}

#[derive(Serialize, ToSchema)]
pub struct GapsOut {
    pub unit_id: i64,
    /// People with a current position in the unit or below it.
    pub people: usize,
    pub requirements: Vec<GapRowOut>,
}

/// A person's competence holdings.
#[utoipa::path(get, path = "/api/v1/people/{id}/holdings", tag = "competence",
    params(("id" = i64, Path, description = "Person id")),
    responses((status = 200, body = Vec<HoldingOut>), (status = 404, body = ApiErrorBody)))]
pub async fn list_holdings(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<Vec<HoldingOut>>, AppError> {
    let (holdings, cat) = saman_app::holdings::of(&state, &s.actor(), PersonId(id)).await?;
    let out = holdings
        .into_iter()
        .map(|h| HoldingOut {
            id: h.id,
            competence_id: h.competence.0,
            competence_key: cat.iter().find(|c| c.id == h.competence).map(|c| c.key.clone()).unwrap_or_default(),
            level: h.level,
            obtained_on: h.obtained_on.map(|d| d.to_string()),
            expires_on: h.expires_on.map(|d| d.to_string()),
            source: h.source,
        })
        .collect();
    Ok(Json(out))
}

/// Adds or updates a holding (the person, their leader, or HR).
#[utoipa::path(post, path = "/api/v1/people/{id}/holdings", tag = "competence",
    params(("id" = i64, Path, description = "Person id")), request_body = HoldingIn,
    responses((status = 201, body = Vec<HoldingOut>), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn save_holding(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    ApiJson(b): ApiJson<HoldingIn>,
) -> Result<(StatusCode, Json<Vec<HoldingOut>>), AppError> {
    let date = |v: &Option<String>| match v.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => parse::date(v).map(Some),
    };
    let draft = saman_app::holdings::Draft {
        competence: Some(b.competence_id),
        level: Ok(Some(b.level)),
        obtained_on: date(&b.obtained_on),
        expires_on: date(&b.expires_on),
        evidence: b.evidence,
    };
    saman_app::holdings::save(&state, &s.actor(), PersonId(id), &draft).await.map_err(|e| match e {
        // The API names the field as its body does.
        saman_app::Error::Invalid(p) if p.first().is_some_and(|p| p.field == "competence") => {
            AppError::bad("err-bad-choice", "competence_id")
        }
        e => e.into(),
    })?;
    let Json(all) = list_holdings(State(state), ApiUser(s), Id(id)).await?;
    Ok((StatusCode::CREATED, Json(all)))
}

/// Gap analysis for a unit and everything below it: per requirement, how many are
/// needed, how many have it, how many are missing.
#[utoipa::path(get, path = "/api/v1/units/{id}/gaps", tag = "competence",
    params(("id" = i64, Path, description = "Unit id")),
    responses((status = 200, body = GapsOut), (status = 404, body = ApiErrorBody)))]
pub async fn gaps(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<GapsOut>, AppError> {
    let a = crate::competence::gaps::analyse(&state, &s, UnitId(id), 90).await?;
    Ok(Json(GapsOut { unit_id: id, people: a.report.people, requirements: gap_rows(&a) }))
}

fn gap_rows(a: &saman_app::gaps::Analysis) -> Vec<GapRowOut> {
    let key = |c: i64| a.catalogue.iter().find(|x| x.id.0 == c).map(|x| x.key.clone()).unwrap_or_default();
    a.report
        .rows
        .iter()
        .map(|r| GapRowOut {
            requirement_id: r.requirement,
            competence_id: r.competence,
            competence_key: key(r.competence),
            unit_id: r.unit.map(|u| u.0),
            position_code: r.position_code.clone(),
            mandatory: r.mandatory,
            min_level: r.min_level,
            required: r.required,
            covered: r.covered,
            missing: r.missing,
        })
        .collect()
}

#[derive(Serialize, ToSchema)]
pub struct OrgGapsOut {
    pub organisation_id: i64,
    /// People with a current position anywhere in the organisation (under any of its top units).
    pub people: usize,
    pub requirements: Vec<GapRowOut>,
    /// Unit requirements of the same competence, level and weight, summed over the units that set them.
    pub unit_totals: Vec<UnitTotalOut>,
}

#[derive(Serialize, ToSchema)]
pub struct UnitTotalOut {
    pub competence_id: i64,
    pub competence_key: String,
    /// Competences that count as well.
    pub alternative_ids: Vec<i64>,
    pub mandatory: bool,
    pub min_level: i64,
    pub required: usize,
    /// People covered, counting no unit beyond what it needs.
    pub covered: usize,
    pub missing: usize,
    /// How many units set it.
    pub units: usize,
}

/// Gap analysis for a whole organisation, across all its top units: the same totals as the
/// organisation's gap page.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/gaps", tag = "competence",
    params(("id" = i64, Path, description = "Organisation id")),
    responses((status = 200, body = OrgGapsOut), (status = 404, body = ApiErrorBody)))]
pub async fn org_gaps(State(state): State<AppState>, ApiUser(s): ApiUser, Id(id): Id) -> Result<Json<OrgGapsOut>, AppError> {
    let a = saman_app::gaps::analyse(&state, &s.actor(), saman_app::gaps::Scope::Org(saman_domain::OrgId(id)), 90).await?;
    let key = |c: i64| a.catalogue.iter().find(|x| x.id.0 == c).map(|x| x.key.clone()).unwrap_or_default();
    let unit_totals = saman_gap::totals::unit_totals(&a.report.rows)
        .into_iter()
        .map(|t| UnitTotalOut {
            competence_key: key(t.competence),
            competence_id: t.competence,
            alternative_ids: t.alternatives,
            mandatory: t.mandatory,
            min_level: t.min_level,
            required: t.required,
            covered: t.covered,
            missing: t.missing,
            units: t.units,
        })
        .collect();
    Ok(Json(OrgGapsOut { organisation_id: id, people: a.report.people, requirements: gap_rows(&a), unit_totals }))
}

#[derive(Serialize, ToSchema)]
pub struct CodeForecastOut {
    pub position_code: Option<String>,
    pub people: usize,
    /// Expected retirements within 1, 3, 5 and 10 years.
    pub retirements: Vec<f64>,
    /// Expected departures for any reason within 1, 3, 5 and 10 years.
    pub leavers: Vec<f64>,
}

#[derive(Serialize, ToSchema)]
pub struct ForecastOut {
    pub unit_id: i64,
    pub horizons: Vec<u32>,
    /// The smallest group of people any figure is given for.
    pub threshold: usize,
    /// False when the unit has too few people for anything to be shown; the rest is then empty.
    pub shown: bool,
    pub people: usize,
    /// Neighbouring age bands joined until each group has enough people.
    pub age_groups: Vec<AgeGroupOut>,
    pub unknown_age: usize,
    /// Position codes with enough people; the others together in `other_codes`.
    pub codes: Vec<CodeForecastOut>,
    pub other_codes: Option<CodeForecastOut>,
    pub total: Option<CodeForecastOut>,
}

#[derive(Serialize, ToSchema)]
pub struct AgeGroupOut {
    /// The youngest age in the group; the oldest, or null for "and over".
    pub from_age: u32,
    pub to_age: Option<u32>,
    pub people: usize,
}

fn code_out(c: &saman_gap::forecast::CodeForecast) -> CodeForecastOut {
    CodeForecastOut {
        position_code: c.position_code.clone(),
        people: c.people,
        retirements: c.retirements.to_vec(),
        leavers: c.leavers.to_vec(),
    }
}

/// Recruitment forecast for a unit and everything below it, for HR and the unit's leaders
/// (it rests on people's ages; groups under the anonymity threshold are merged). Query parameters as on the
/// page: `turnover` (percent a year, default 8) and `r62`, `r67`, `r70` (percent retiring at each age).
#[utoipa::path(get, path = "/api/v1/units/{id}/forecast", tag = "competence",
    params(("id" = i64, Path, description = "Unit id")),
    responses((status = 200, body = ForecastOut), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn forecast(
    State(state): State<AppState>,
    ApiUser(s): ApiUser,
    Id(id): Id,
    axum::extract::Query(q): axum::extract::Query<crate::competence::forecast::ForecastQuery>,
) -> Result<Json<ForecastOut>, AppError> {
    let params = q.params().map_err(|field| AppError::bad("err-bad-number", field))?;
    let uf = crate::competence::forecast::run(&state, &s, UnitId(id), &params).await?;
    let shown = uf.shown.as_ref();
    let bands = saman_gap::forecast::BANDS;
    Ok(Json(ForecastOut {
        unit_id: uf.unit.id.0,
        horizons: saman_gap::forecast::HORIZONS.to_vec(),
        threshold: uf.threshold,
        shown: shown.is_some(),
        people: shown.map_or(0, |f| f.people),
        age_groups: shown
            .map(|f| {
                f.age_groups
                    .iter()
                    .map(|g| AgeGroupOut {
                        from_age: bands[g.bands.start].0,
                        to_age: Some(bands[g.bands.end - 1].1).filter(|a| *a < 200),
                        people: g.people,
                    })
                    .collect()
            })
            .unwrap_or_default(),
        unknown_age: shown.map_or(0, |f| f.unknown_age),
        codes: shown.map(|f| f.codes.iter().map(code_out).collect()).unwrap_or_default(),
        other_codes: shown.and_then(|f| f.other_codes.as_ref()).map(code_out),
        total: shown.map(|f| code_out(&f.total)),
    }))
}
