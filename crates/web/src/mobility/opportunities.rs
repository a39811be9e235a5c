//! Mobility: the opportunities the user sees (hospitation, rotation, job swap, trial, visit,
//! mentoring, peer coaching), what waits for the user's decision, the user's own placements,
//! and the forms to offer or ask for one and to apply.

use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::scope;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Datelike;
use saman_app::input;
use saman_app::mobility::{self, ApplicationDraft, Host, OpportunityDraft};
use saman_app::records::{Opportunity, Placement};
use saman_domain::mobility::{OpportunityKind, Period, Stage};
use saman_domain::{UnitId, parse};
use serde::Deserialize;

/// An opportunity as lists show it.
pub struct OpportunityLine {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub host: String,
    pub periods: String,
    pub places: i64,
    pub open: bool,
}

/// A placement as lists show it.
pub struct PlacementLine {
    pub id: i64,
    pub person: String,
    pub title: String,
    pub stage: String,
    pub stage_code: &'static str,
    pub dates: String,
    /// What the user is asked to do, if anything.
    pub todo: Option<String>,
}

pub fn stage_label(ctx: &Ctx, s: Stage) -> String {
    ctx.t(&format!("mobility-stage-{}", s.code()))
}

pub fn kind_label(ctx: &Ctx, k: OpportunityKind) -> String {
    ctx.t(&k.key())
}

/// The ISO week when the period is exactly Monday to Friday of one.
fn week_of(p: &Period) -> Option<u32> {
    let w = p.starts_on.iso_week();
    (Period::iso_week(w.year(), w.week()) == Some(*p)).then_some(w.week())
}

pub fn period_text(ctx: &Ctx, p: &Period) -> String {
    let dates =
        if p.starts_on == p.ends_on { ctx.date(&p.starts_on) } else { format!("{} – {}", ctx.date(&p.starts_on), ctx.date(&p.ends_on)) };
    match week_of(p) {
        Some(w) => format!("{}: {dates}", ctx.t1("mobility-week", "week", &w.to_string())),
        None => dates,
    }
}

/// Short, for lists: "Week 12, 22, 45 (2027)" for fixed weeks, otherwise the dates.
pub fn periods_text(ctx: &Ctx, ps: &[Period]) -> String {
    if ps.is_empty() {
        return ctx.t("mobility-by-agreement");
    }
    let weeks: Option<Vec<u32>> = ps.iter().map(week_of).collect();
    let years: std::collections::BTreeSet<i32> = ps.iter().map(|p| p.starts_on.iso_week().year()).collect();
    match weeks {
        Some(ws) if years.len() == 1 => {
            let list = ws.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
            format!("{} ({})", ctx.t1("mobility-weeks", "weeks", &list), years.iter().next().copied().unwrap_or_default())
        }
        _ => ps.iter().map(|p| period_text(ctx, p)).collect::<Vec<_>>().join(", "),
    }
}

#[derive(Template)]
#[template(path = "mobility.html")]
struct MobilityPage<'a> {
    ctx: &'a Ctx,
    offers: Vec<OpportunityLine>,
    requests: Vec<OpportunityLine>,
    todo: Vec<PlacementLine>,
    mine: Vec<PlacementLine>,
    kinds: Vec<(&'static str, String)>,
    kind: String,
    q: String,
    is_person: bool,
    sees_flows: bool,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    q: String,
}

/// Everything the user sees, with the placements waiting for the user and the user's own.
pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(lq): Query<ListQuery>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let board = mobility::board(&state, &s.actor(), OpportunityKind::parse(&lq.kind), &lq.q).await?;
    let line = |l: mobility::Listed| OpportunityLine {
        id: l.opportunity.id,
        title: l.opportunity.title,
        kind: kind_label(&ctx, l.opportunity.kind),
        host: l.host,
        periods: periods_text(&ctx, &l.opportunity.periods),
        places: l.opportunity.places,
        open: l.opportunity.open,
    };
    let offers = board.offers.into_iter().map(line).collect();
    let requests = board.requests.into_iter().map(line).collect();
    let todo = board.todo.iter().map(|(p, o, ask)| placement_line(&ctx, p, o, Some(ctx.t(ask.key())))).collect();
    let mine = board.mine.iter().map(|(p, o)| placement_line(&ctx, p, o, None)).collect();
    let kinds = OpportunityKind::ALL.iter().map(|k| (k.code(), kind_label(&ctx, *k))).collect();
    let sees_flows = board.sees_flows;
    page(
        &ctx,
        &MobilityPage {
            ctx: &ctx,
            offers,
            requests,
            todo,
            mine,
            kinds,
            kind: lq.kind,
            q: lq.q,
            is_person: s.access.person.is_some(),
            sees_flows,
        },
    )
}

/// A placement's dates, or why it has none yet.
pub fn dates_text(ctx: &Ctx, p: &Placement, o: &Opportunity) -> String {
    match p.period {
        Some(x) => period_text(ctx, &x),
        None if !o.periods.is_empty() => ctx.t("mobility-no-week-yet"),
        None => ctx.t("mobility-by-agreement"),
    }
}

pub fn placement_line(ctx: &Ctx, p: &Placement, o: &Opportunity, todo: Option<String>) -> PlacementLine {
    PlacementLine {
        id: p.id,
        person: p.person_name.clone(),
        title: o.title.clone(),
        stage: stage_label(ctx, p.stage),
        stage_code: p.stage.code(),
        dates: dates_text(ctx, p, o),
        todo,
    }
}

#[derive(Deserialize, Default, Clone)]
pub struct OpportunityForm {
    #[serde(default)]
    pub direction: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// `unit:ID` or `person` (offered by oneself).
    #[serde(default)]
    pub host: String,
    #[serde(default)]
    pub reach: String,
    #[serde(default)]
    pub places: String,
    #[serde(default)]
    pub weeks: String,
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
    #[serde(default)]
    pub open_to: String,
    #[serde(default)]
    pub percent: String,
    #[serde(default)]
    pub competence_1: String,
    #[serde(default)]
    pub competence_2: String,
    #[serde(default)]
    pub competence_3: String,
}

#[derive(Template)]
#[template(path = "opportunity_new.html")]
struct NewPage<'a> {
    ctx: &'a Ctx,
    f: OpportunityForm,
    errors: FieldErrors,
    request: bool,
    kinds: Vec<(&'static str, String)>,
    hosts: Vec<(String, String)>,
    competences: Vec<(i64, String)>,
    /// (field name, chosen value) of the three competence choices.
    comp_fields: Vec<(&'static str, String)>,
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    direction: String,
}

/// Where the user may offer from: the units they lead, every unit of an organisation where
/// they are HR, and themselves.
async fn host_options(state: &AppState, ctx: &Ctx, s: &SignedIn) -> Result<Vec<(String, String)>, AppError> {
    Ok(mobility::hosts(state, &s.access)
        .await?
        .into_iter()
        .map(|(h, _, name)| match h {
            Host::Person => ("person".to_string(), ctx.t("mobility-host-me")),
            Host::Unit(u) => (format!("unit:{}", u.0), name),
        })
        .collect())
}

async fn new_page(state: &AppState, ctx: &Ctx, s: &SignedIn, mut f: OpportunityForm, errors: FieldErrors) -> Result<Response, AppError> {
    let request = f.direction == "request";
    let hosts = if request { vec![] } else { host_options(state, ctx, s).await? };
    // A new offer starts from the first unit the user leads, or from the user in person.
    if f.host.is_empty() && !errors.any() {
        let led: Vec<String> =
            s.access.member_orgs().iter().flat_map(|o| s.access.led_units(*o)).map(|u| format!("unit:{}", u.0)).collect();
        f.host = hosts.iter().find(|h| led.contains(&h.0)).or_else(|| hosts.first()).map(|h| h.0.clone()).unwrap_or_default();
    }
    let competences = match s.access.person.map(|(o, _)| o).or_else(|| s.access.member_orgs().first().copied()) {
        Some(org) => crate::competence::options(ctx.lang, &state.catalogue(Some(org)).await?),
        None => vec![],
    };
    let kinds = OpportunityKind::ALL.iter().map(|k| (k.code(), kind_label(ctx, *k))).collect();
    let comp_fields =
        vec![("competence_1", f.competence_1.clone()), ("competence_2", f.competence_2.clone()), ("competence_3", f.competence_3.clone())];
    let bad = errors.any();
    let mut r = page(ctx, &NewPage { ctx, f, errors, request, kinds, hosts, competences, comp_fields })?;
    if bad {
        *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

pub async fn new(State(state): State<AppState>, ctx: Ctx, Query(q): Query<NewQuery>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let direction = if q.direction == "request" { "request" } else { "offer" };
    if direction == "request" && s.access.person.is_none() {
        return Err(AppError::Forbidden);
    }
    let next_year = (scope::today() + chrono::Duration::days(60)).format("%Y").to_string();
    let f = OpportunityForm {
        direction: direction.into(),
        kind: "hospitation".into(),
        reach: "network".into(),
        places: "1".into(),
        percent: "100".into(),
        year: next_year,
        ..OpportunityForm::default()
    };
    new_page(&state, &ctx, s, f, FieldErrors::default()).await
}

impl OpportunityForm {
    /// The form as the use case reads it.
    pub fn draft(&self) -> OpportunityDraft {
        OpportunityDraft {
            direction: self.direction.clone(),
            kind: self.kind.clone(),
            title: self.title.clone(),
            description: self.description.clone(),
            host: match self.host.as_str() {
                "" => Ok(None),
                "person" => Ok(Some(Host::Person)),
                h => h
                    .strip_prefix("unit:")
                    .and_then(|u| u.parse().ok())
                    .map(|u| Some(Host::Unit(UnitId(u))))
                    .ok_or(parse::ParseError::BadChoice),
            },
            reach: self.reach.clone(),
            places: input::number(&self.places),
            percent: input::number(&self.percent),
            weeks: self.weeks.clone(),
            year: input::number(&self.year),
            starts_on: input::typed(&self.starts_on, parse::date),
            ends_on: input::typed(&self.ends_on, parse::date),
            open_to: self.open_to.split([',', ' ', ';']).map(str::to_string).collect(),
            competences: vec![
                ("competence_1", input::number(&self.competence_1)),
                ("competence_2", input::number(&self.competence_2)),
                ("competence_3", input::number(&self.competence_3)),
            ],
        }
    }
}

/// The form's id and label for a field a use case names.
fn field_name(f: &str) -> (String, String) {
    let (id, label) = match f {
        "kind" => ("kind", "field-mobility-kind"),
        "host" => ("host", "field-mobility-host"),
        "reach" => ("reach-unit", "field-mobility-reach"),
        "weeks" => ("weeks", "field-mobility-weeks"),
        f if f.starts_with("competence_") => (f, "field-competence"),
        f => return (f.to_string(), format!("field-{}", f.replace('_', "-"))),
    };
    (id.to_string(), label.to_string())
}

pub async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<OpportunityForm>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    match mobility::create_opportunity(&state, &s.actor(), &f.draft()).await {
        Ok((id, placement)) => {
            if placement.is_some() {
                crate::notify::deliver(&state).await;
            }
            Ok(Redirect::to(&format!("/mobility/{id}")).into_response())
        }
        Err(e) => {
            let errors = FieldErrors::from_error(ctx.lang, e, field_name)?;
            new_page(&state, &ctx, s, f, errors).await
        }
    }
}

/// The opportunity, if the user sees it.
#[derive(Template)]
#[template(path = "opportunity.html")]
struct OpportunityPage<'a> {
    ctx: &'a Ctx,
    o: Opportunity,
    kind: String,
    host: String,
    reach: String,
    periods: Vec<(String, String, bool)>,
    competences: Vec<String>,
    open_to: String,
    hosts: bool,
    may_apply: bool,
    refusal: Option<String>,
    mine: Vec<PlacementLine>,
    placements: Vec<PlacementLine>,
    /// Approved applications waiting for a week of an open call.
    may_allocate: bool,
    notice: Option<String>,
    f: ApplyForm,
    errors: FieldErrors,
}

#[derive(Deserialize, Default, Clone)]
pub struct ApplyForm {
    /// `YYYY-MM-DD` of a fixed period's start, or empty to propose dates.
    #[serde(default)]
    pub period: String,
    #[serde(default)]
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
    #[serde(default)]
    pub motivation: String,
}

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    allocated: Option<i64>,
    left: Option<i64>,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>, Query(q): Query<ShowQuery>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let notice = q.allocated.map(|n| format!("{} {}", ctx.tn("mobility-allocated", &n), ctx.tn("mobility-left-out", &q.left.unwrap_or(0))));
    render(&state, &ctx, s, id, ApplyForm::default(), FieldErrors::default(), notice).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    s: &SignedIn,
    id: i64,
    f: ApplyForm,
    errors: FieldErrors,
    notice: Option<String>,
) -> Result<Response, AppError> {
    let v = mobility::overview(state, &s.actor(), id).await?;
    let o = v.opportunity;
    let periods = o
        .periods
        .iter()
        .map(|p| (p.starts_on.to_string(), period_text(ctx, p), saman_domain::mobility::has_room(o.places, &v.taken, p)))
        .collect();
    let cat = state.catalogue(Some(o.org)).await?;
    let competences = o.competences.iter().filter_map(|c| cat.iter().find(|x| x.id == *c)).map(|c| c.name(ctx.lang).to_string()).collect();
    let mine = v.mine.iter().map(|p| placement_line(ctx, p, &o, None)).collect();
    let lines = v.others.iter().map(|p| placement_line(ctx, p, &o, None)).collect();
    let (may, refusal) = match v.may_apply {
        Ok(()) => (true, None),
        Err(r) => (false, r.map(|r| ctx.t(r.key()))),
    };
    let (host, hosts, may_allocate) = (v.host, v.hosts, v.may_allocate);
    let bad = errors.any();
    let mut r = page(
        ctx,
        &OpportunityPage {
            ctx,
            kind: kind_label(ctx, o.kind),
            reach: ctx.t(&format!("visibility-{}-long", o.reach.code())),
            open_to: o.open_to.join(", "),
            periods,
            competences,
            host,
            hosts,
            may_apply: may,
            refusal,
            mine,
            placements: lines,
            may_allocate,
            notice,
            f,
            errors,
            o,
        },
    )?;
    if bad {
        *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

impl ApplyForm {
    /// The form as the use case reads it.
    pub fn draft(&self) -> ApplicationDraft {
        ApplicationDraft {
            period: self.period.clone(),
            starts_on: input::typed(&self.starts_on, parse::date),
            ends_on: input::typed(&self.ends_on, parse::date),
            motivation: self.motivation.clone(),
        }
    }
}

pub async fn apply(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<ApplyForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    match mobility::apply(&state, &s.actor(), id, &f.draft()).await {
        Ok(p) => {
            crate::notify::deliver(&state).await;
            Ok(Redirect::to(&format!("/placements/{}", p.id)).into_response())
        }
        Err(e @ (saman_app::Error::Invalid(_) | saman_app::Error::Conflict { field: Some(_), .. })) => {
            let errors = FieldErrors::from_error(ctx.lang, e, field_name)?;
            render(&state, &ctx, s, id, f, errors, None).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The host shares the fixed weeks among the approved applicants optimally (the open call):
/// as many as the places allow, in the week they asked for where possible. Each then gets
/// the agreement as usual, with the week filled in.
pub async fn allocate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let out = mobility::allocate(&state, &s.actor(), id).await?;
    Ok(Redirect::to(&format!("/mobility/{id}?allocated={}&left={}#applications-heading", out.placed.len(), out.left_out.len()))
        .into_response())
}

#[derive(Deserialize)]
pub struct OpenForm {
    #[serde(default)]
    open: String,
}

/// The host closes an opportunity to new applications, or opens it again.
pub async fn set_open(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<OpenForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    mobility::set_open(&state, &s.actor(), id, f.open == "1").await?;
    Ok(Redirect::to(&format!("/mobility/{id}")).into_response())
}
