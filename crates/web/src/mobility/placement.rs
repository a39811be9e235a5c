//! One placement: the home leader's approval, the host's agreement, the reflection log,
//! the evaluations from both sides and the printable attestation.

use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::mobility::opportunities::{kind_label, period_text, stage_label};
use crate::mobility::{Parts, Seat};
use crate::scope;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::input;
use saman_app::mobility::{self, AgreementDraft, EvaluationDraft};
use saman_app::records::{Opportunity, Placement};
use saman_domain::mobility::Stage;
use saman_domain::{UnitId, parse};
use serde::Deserialize;

/// The placement with the user's parts in it; not found for anyone without a part.
pub async fn load(state: &AppState, s: &SignedIn, id: i64) -> Result<(Placement, Opportunity, Parts, Seat), AppError> {
    let seen = saman_app::mobility::placement(state, &s.actor(), id).await?;
    Ok((seen.placement, seen.opportunity, seen.parts, seen.seat))
}

pub struct StepView {
    pub label: String,
    pub done: bool,
    pub current: bool,
}

pub struct LogView {
    pub who: String,
    pub when: String,
    pub body: String,
}

pub struct EvaluationView {
    pub side: String,
    pub rating: i64,
    pub learnt: String,
    pub improve: String,
}

#[derive(Template)]
#[template(path = "placement.html")]
struct PlacementPage<'a> {
    ctx: &'a Ctx,
    p: Placement,
    o: Opportunity,
    parts: Parts,
    kind: String,
    home_org: String,
    host: String,
    stage: String,
    steps: Vec<StepView>,
    dates: String,
    days: i64,
    log: Vec<LogView>,
    sees_log: bool,
    evaluations: Vec<EvaluationView>,
    my_side: Option<&'static str>,
    started: bool,
    /// Units the user may take a request in: (value, name).
    host_units: Vec<(String, String)>,
    contacts: Vec<(i64, String)>,
    agree: AcceptForm,
    evaluation: EvaluateForm,
    errors: FieldErrors,
}

fn steps(ctx: &Ctx, stage: Stage) -> Vec<StepView> {
    let order = [Stage::Applied, Stage::Approved, Stage::Agreed, Stage::Completed];
    let at = order.iter().position(|s| *s == stage);
    order
        .iter()
        .enumerate()
        .map(|(i, s)| StepView {
            label: stage_label(ctx, *s),
            done: at.is_some_and(|a| i < a || *s == Stage::Completed && a == i),
            current: at == Some(i),
        })
        .collect()
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    render(&state, &ctx, s, id, None, None, FieldErrors::default()).await
}

/// An evaluation as everyone in the placement reads it: the host's words and the participant's.
fn evaluation_view(ctx: &Ctx, e: &saman_app::records::Evaluation) -> EvaluationView {
    EvaluationView {
        side: ctx.t(&format!("mobility-side-{}", e.side.code())),
        rating: e.rating,
        learnt: e.learnt.clone(),
        improve: e.improve.clone().unwrap_or_default(),
    }
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    s: &SignedIn,
    id: i64,
    agree: Option<AcceptForm>,
    evaluation: Option<EvaluateForm>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let d = saman_app::mobility::detail(state, &s.actor(), id).await?;
    let (p, o, parts) = (d.seen.placement, d.seen.opportunity, d.seen.parts);
    let today = scope::today();
    let sees_log = d.log.is_some();
    let log = d
        .log
        .unwrap_or_default()
        .into_iter()
        .map(|l| LogView { who: l.person_name, when: ctx.datetime(&l.created_at), body: l.body })
        .collect();
    let my_side = d.my_side.map(|side| side.code());
    let evaluations = d.evaluations.iter().map(|e| evaluation_view(ctx, e)).collect();
    let host_units: Vec<(String, String)> = d.host_units.into_iter().map(|(org, u, name)| (format!("{}:{}", org.0, u.0), name)).collect();
    let contacts: Vec<(i64, String)> = d.contacts.into_iter().map(|(p, n)| (p.0, n)).collect();
    let me = s.access.person.map(|(_, p)| p.0.to_string()).unwrap_or_default();
    let agree = agree.unwrap_or_else(|| AcceptForm {
        starts_on: p.period.map(|x| x.starts_on.to_string()).unwrap_or_default(),
        ends_on: p.period.map(|x| x.ends_on.to_string()).unwrap_or_default(),
        percent: p.percent.to_string(),
        contact: if contacts.iter().any(|c| c.0.to_string() == me) { me } else { String::new() },
        ..AcceptForm::default()
    });
    let host = d.host.unwrap_or_else(|| ctx.t("mobility-no-host-yet"));
    let home_org = d.home_org;
    let bad = errors.any();
    let mut r = page(
        ctx,
        &PlacementPage {
            ctx,
            kind: kind_label(ctx, o.kind),
            home_org,
            host,
            stage: stage_label(ctx, p.stage),
            steps: steps(ctx, p.stage),
            dates: crate::mobility::opportunities::dates_text(ctx, &p, &o),
            days: p.period.map(|x| x.working_days()).unwrap_or(0),
            started: p.period.is_some_and(|x| x.starts_on <= today),
            log,
            sees_log,
            evaluations,
            my_side,
            host_units,
            contacts,
            agree,
            evaluation: evaluation.unwrap_or_default(),
            errors,
            parts,
            p,
            o,
        },
    )?;
    if bad {
        *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

#[derive(Deserialize, Default)]
pub struct DecideForm {
    #[serde(default)]
    pub note: String,
    /// Ticked: pay and terms stay with the home employer while the person is away.
    #[serde(default)]
    pub terms: String,
}

/// The page's name and label for a field a decision's use case names.
fn decision_field(action: &str, field: &str) -> (&'static str, &'static str) {
    match (action, field) {
        ("approve", "terms") => ("terms", "field-terms"),
        ("approve", _) => ("approve-note", "field-terms-note"),
        _ => ("decline-note", "mobility-decline-reason"),
    }
}

/// Where a decision leads: back to the placement, or its page with the problems shown.
async fn decided(
    state: &AppState,
    ctx: &Ctx,
    s: &SignedIn,
    id: i64,
    action: &str,
    r: saman_app::Result<saman_app::mobility::Seen>,
) -> Result<Response, AppError> {
    match r {
        Ok(_) => {
            crate::notify::deliver(state).await;
            Ok(Redirect::to(&format!("/placements/{id}")).into_response())
        }
        Err(saman_app::Error::Invalid(problems)) => {
            let mut e = FieldErrors::default();
            for p in &problems {
                let (field, label) = decision_field(action, p.field);
                e.add(ctx.lang, field, label, p.key);
            }
            render(state, ctx, s, id, None, None, e).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The home leader's yes.
pub async fn approve(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<DecideForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let r = saman_app::mobility::approve(&state, &s.actor(), id, f.terms == "1", &f.note).await;
    decided(&state, &ctx, s, id, "approve", r).await
}

/// A no from the home leader (while applied) or the host (once approved).
pub async fn decline(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<DecideForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let r = saman_app::mobility::decline(&state, &s.actor(), id, &f.note).await;
    decided(&state, &ctx, s, id, "decline", r).await
}

pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let r = saman_app::mobility::withdraw(&state, &s.actor(), id).await;
    decided(&state, &ctx, s, id, "withdraw", r).await
}

#[derive(Deserialize, Default, Clone)]
pub struct AcceptForm {
    /// For a request: `ORG:UNIT` taking the person in.
    #[serde(default)]
    pub host_unit: String,
    #[serde(default)]
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
    #[serde(default)]
    pub goals: String,
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub tasks: String,
    #[serde(default)]
    pub percent: String,
}

impl AcceptForm {
    /// The form as the use case reads it (`host_unit` is `ORG:UNIT`).
    pub fn draft(&self) -> AgreementDraft {
        AgreementDraft {
            host_unit: match self.host_unit.split_once(':') {
                Some((_, u)) => u.parse().map(|u| Some(UnitId(u))).map_err(|_| parse::ParseError::BadChoice),
                None if self.host_unit.is_empty() => Ok(None),
                None => Err(parse::ParseError::BadChoice),
            },
            starts_on: input::typed(&self.starts_on, parse::date),
            ends_on: input::typed(&self.ends_on, parse::date),
            goals: self.goals.clone(),
            contact: input::number(&self.contact),
            tasks: self.tasks.clone(),
            percent: match self.percent.trim() {
                "" => Err(parse::ParseError::Required),
                v => input::number(v),
            },
        }
    }
}

/// The form's id and label for a field a use case names.
fn field_name(f: &str) -> (String, String) {
    let (id, label) = match f {
        "host_unit" => ("host_unit", "field-mobility-host-unit"),
        "rating" => ("rating-1", "field-rating"),
        "body" => ("body", "field-reflection"),
        f => return (f.to_string(), format!("field-{}", f.replace('_', "-"))),
    };
    (id.to_string(), label.to_string())
}

/// The host's yes with the agreement (or, for a request, taking it up).
pub async fn accept(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<AcceptForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    if let Err(e) = mobility::accept(&state, &s.actor(), id, &f.draft()).await {
        let errors = FieldErrors::from_error(ctx.lang, e, field_name)?;
        return render(&state, &ctx, s, id, Some(f), None, errors).await;
    }
    crate::notify::deliver(&state).await;
    Ok(Redirect::to(&format!("/placements/{id}")).into_response())
}

#[derive(Deserialize, Default)]
pub struct LogForm {
    #[serde(default)]
    pub body: String,
}

/// The participant or the contact person writes in the reflection log.
pub async fn add_log(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<LogForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    if let Err(e) = mobility::add_log(&state, &s.actor(), id, &f.body).await {
        let errors = FieldErrors::from_error(ctx.lang, e, field_name)?;
        return render(&state, &ctx, s, id, None, None, errors).await;
    }
    Ok(Redirect::to(&format!("/placements/{id}#log")).into_response())
}

#[derive(Deserialize, Default, Clone)]
pub struct EvaluateForm {
    #[serde(default)]
    pub rating: String,
    #[serde(default)]
    pub learnt: String,
    #[serde(default)]
    pub improve: String,
}

impl EvaluateForm {
    /// The form as the use case reads it.
    pub fn draft(&self) -> EvaluationDraft {
        EvaluationDraft { rating: input::number(&self.rating), learnt: self.learnt.clone(), improve: self.improve.clone() }
    }
}

/// One side's evaluation; the second completes the placement.
pub async fn evaluate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<EvaluateForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    match mobility::evaluate(&state, &s.actor(), id, &f.draft()).await {
        Ok((_, true)) => crate::notify::deliver(&state).await,
        Ok((_, false)) => {}
        Err(e) => {
            let errors = FieldErrors::from_error(ctx.lang, e, field_name)?;
            return render(&state, &ctx, s, id, None, Some(f), errors).await;
        }
    }
    Ok(Redirect::to(&format!("/placements/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "attestation.html")]
struct AttestationPage<'a> {
    ctx: &'a Ctx,
    p: Placement,
    o: Opportunity,
    kind: String,
    host: String,
    home_org: String,
    dates: String,
    days: i64,
    competences: Vec<String>,
    issued: String,
}

/// A printable attestation of a completed placement: dates, share of full time, title,
/// tasks, the host and the contact person — the kind the trade-certificate-at-work route asks for.
pub async fn attestation(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let a = saman_app::mobility::attestation(&state, &s.actor(), id).await?;
    let (p, o, cat) = (a.seen.placement, a.seen.opportunity, a.catalogue);
    let competences = o.competences.iter().filter_map(|c| cat.iter().find(|x| x.id == *c)).map(|c| c.name(ctx.lang).to_string()).collect();
    let (host, home_org) = (a.host, a.home_org);
    page(
        &ctx,
        &AttestationPage {
            ctx: &ctx,
            kind: kind_label(&ctx, o.kind),
            dates: p.period.map(|x| period_text(&ctx, &x)).unwrap_or_default(),
            days: p.period.map(|x| x.working_days()).unwrap_or(0),
            issued: p.completed_at.map(|t| ctx.datetime(&t)).unwrap_or_default(),
            host,
            home_org,
            competences,
            p,
            o,
        },
    )
}
