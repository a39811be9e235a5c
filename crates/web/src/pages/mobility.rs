//! Mobility: the opportunities the user sees (hospitation, rotation, job swap, trial, visit,
//! mentoring, peer coaching), what waits for the user's decision, the user's own placements,
//! and the forms to offer or ask for one and to apply.

use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::mobility::{Seat, parts};
use crate::scope;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Datelike;
use saman_domain::experts::Visibility;
use saman_domain::mobility::{Direction, OpportunityKind, Period, Stage, parse_weeks};
use saman_domain::{Lang, OrgId, PersonId, UnitId, parse};
use saman_store::{CompetenceId, NewOpportunity, Opportunity, Placement};
use serde::Deserialize;

/// An opportunity as lists show it.
pub struct OpportunityLine {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub request: bool,
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

/// "Unit, Organisation" (or the person's name) for who offers or asks.
pub async fn host_text(state: &AppState, seat: &Seat, o: &Opportunity) -> Result<String, AppError> {
    let org = seat.org(o.org).map(|x| x.name.clone()).unwrap_or_default();
    let unit = match o.unit {
        Some(u) => state.orgs.get(&state.db, o.org).await?.unit(u).map(|x| x.name.clone()),
        None => None,
    };
    let who = match (&o.person_name, unit) {
        (Some(p), Some(u)) => format!("{p}, {u}"),
        (Some(p), None) => p.clone(),
        (None, Some(u)) => u,
        (None, None) => String::new(),
    };
    Ok(if who.is_empty() { org } else { format!("{who}, {org}") })
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
    let mut seat = Seat::load(&state, &s.access).await?;
    let org_ids: Vec<OrgId> = seat.orgs.iter().map(|o| o.id).collect();
    let all = state.db.mobility().in_orgs(&org_ids).await?;
    let kind = OpportunityKind::parse(&lq.kind);
    let q = saman_domain::search::fold(lq.q.trim());
    let (mut offers, mut requests) = (vec![], vec![]);
    let mut by_id = std::collections::HashMap::new();
    for o in all {
        if !seat.sees(&state, &s.access, &o).await? {
            continue;
        }
        let shown = (o.open || seat.hosts_offer(&state, &s.access, &o).await?)
            && kind.is_none_or(|k| k == o.kind)
            && (q.is_empty() || saman_domain::search::fold(&format!("{} {}", o.title, o.description)).contains(&q));
        if shown {
            let line = OpportunityLine {
                id: o.id,
                title: o.title.clone(),
                kind: kind_label(&ctx, o.kind),
                request: o.direction == Direction::Request,
                host: host_text(&state, &seat, &o).await?,
                periods: periods_text(&ctx, &o.periods),
                places: o.places,
                open: o.open,
            };
            if line.request { requests.push(line) } else { offers.push(line) }
        }
        by_id.insert(o.id, o);
    }
    let placements = state.db.placements_among(&org_ids).await?;
    let (mut todo, mut mine) = (vec![], vec![]);
    for p in &placements {
        let Some(o) = by_id.get(&p.opportunity) else { continue };
        let parts = parts(&state, &s.access, &mut seat, p, o).await?;
        let line = |todo: Option<String>| placement_line(&ctx, p, o, todo);
        if parts.participant {
            mine.push(line(None));
        }
        let ask = match p.stage {
            Stage::Applied if parts.home => Some(ctx.t("mobility-todo-approve")),
            Stage::Approved if parts.host || parts.may_take_up => Some(ctx.t("mobility-todo-accept")),
            Stage::Agreed
                if (parts.host || parts.contact)
                    && p.period.is_some_and(|x| x.starts_on <= scope::today())
                    && !state.db.mobility().evaluations(p.id).await?.iter().any(|e| e.side == saman_domain::mobility::Side::Host) =>
            {
                Some(ctx.t("mobility-todo-evaluate"))
            }
            _ => None,
        };
        if ask.is_some() && !parts.participant {
            todo.push(line(ask));
        }
    }
    let kinds = OpportunityKind::ALL.iter().map(|k| (k.code(), kind_label(&ctx, *k))).collect();
    let sees_flows = s.access.is_admin()
        || s.access.has_role(saman_domain::Role::Coordinator)
        || s.access.has_role(saman_domain::Role::Hr)
        || s.access.has_role(saman_domain::Role::Leader);
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
    let mut out = vec![];
    if s.access.person.is_some() {
        out.push(("person".to_string(), ctx.t("mobility-host-me")));
    }
    for org in s.access.member_orgs() {
        let view = state.orgs.get(&state.db, org).await?;
        let led = s.access.led_units(org);
        // A leader offers from the units they lead and those below them, as the API allows.
        let mut units: Vec<(String, String)> = view
            .units
            .iter()
            .filter(|u| s.access.manages_org(org) || view.tree.ancestry(u.id).iter().any(|a| led.contains(a)))
            .map(|u| (format!("unit:{}", u.id.0), u.name.clone()))
            .collect();
        units.sort_by_key(|a| a.1.to_lowercase());
        out.extend(units);
    }
    Ok(out)
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
        Some(org) => crate::competence::options(ctx.lang, &state.catalogues.get(&state.db, Some(org)).await?),
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

/// Checks the form; `hosts` are the values of the host choices the user has.
pub fn check(
    lang: Lang,
    f: &OpportunityForm,
    hosts: &[String],
    cat: &[saman_store::CompetenceRow],
    today: chrono::NaiveDate,
) -> Result<(NewOpportunity, bool), FieldErrors> {
    let mut e = FieldErrors::default();
    let direction = Direction::parse(&f.direction).unwrap_or(Direction::Offer);
    let kind = OpportunityKind::parse(&f.kind);
    if kind.is_none() {
        e.add(lang, "kind", "field-mobility-kind", if f.kind.is_empty() { "err-required" } else { "err-bad-choice" });
    }
    let title = e.check(lang, "title", "field-title", parse::text(&f.title, 200));
    let description = e.check(lang, "description", "field-description", parse::text(&f.description, 4000));
    let (mut unit, mut by_person) = (None, direction == Direction::Request);
    if direction == Direction::Offer {
        if !hosts.contains(&f.host) {
            e.add(lang, "host", "field-mobility-host", if f.host.is_empty() { "err-required" } else { "err-bad-choice" });
        } else if f.host == "person" {
            by_person = true;
        } else {
            unit = f.host.trim_start_matches("unit:").parse::<i64>().ok().map(UnitId);
        }
    }
    let reach = Visibility::parse(&f.reach);
    if reach.is_none() {
        e.add(lang, "reach-unit", "field-mobility-reach", "err-required");
    }
    let places =
        if direction == Direction::Offer { e.check(lang, "places", "field-places", parse::whole(&f.places, 1, 500)) } else { Some(1) };
    let percent =
        e.check(lang, "percent", "field-percent", parse::whole(if f.percent.trim().is_empty() { "100" } else { &f.percent }, 1, 100));
    let mut periods = vec![];
    if !f.weeks.trim().is_empty() {
        let year = e.check(
            lang,
            "year",
            "field-year",
            parse::whole(&f.year, i64::from(chrono::Datelike::year(&today)) - 1, i64::from(chrono::Datelike::year(&today)) + 5),
        );
        if let Some(y) = year {
            match parse_weeks(&f.weeks, y as i32) {
                Ok(w) => periods = w,
                Err(_) => e.add(lang, "weeks", "field-mobility-weeks", "err-bad-weeks"),
            }
        }
    }
    if !f.starts_on.trim().is_empty() || !f.ends_on.trim().is_empty() {
        let starts = e.check(lang, "starts_on", "field-starts-on", parse::date(&f.starts_on));
        let ends = e.check(lang, "ends_on", "field-ends-on", parse::date(&f.ends_on));
        if let (Some(a), Some(b)) = (starts, ends) {
            match Period::new(a, b) {
                Some(p) => periods.push(p),
                None => e.add(lang, "ends_on", "field-ends-on", "err-ends-before-start"),
            }
        }
    }
    periods.sort();
    periods.dedup();
    let open_to: Vec<String> = f.open_to.split([',', ' ', ';']).map(str::trim).filter(|c| !c.is_empty()).map(str::to_string).collect();
    if open_to.iter().any(|c| c.len() > 20) {
        e.add(lang, "open_to", "field-open-to", "err-too-long");
    }
    let competences: Vec<CompetenceId> =
        crate::competence::choices(lang, &mut e, [&f.competence_1, &f.competence_2, &f.competence_3], |id| {
            cat.iter().any(|c| c.id.0 == id)
        })
        .into_iter()
        .map(CompetenceId)
        .collect();
    if e.any() {
        return Err(e);
    }
    let (Some(kind), Some(title), Some(description), Some(reach), Some(places), Some(percent)) =
        (kind, title, description, reach, places, percent)
    else {
        return Err(e);
    };
    Ok((
        NewOpportunity { unit, person: None, kind, direction, title, description, reach, places, open_to, percent, periods, competences },
        by_person,
    ))
}

/// The organisation an opportunity belongs to: the unit's, or the user's own.
async fn org_of(state: &AppState, s: &SignedIn, n: &NewOpportunity) -> Result<OrgId, AppError> {
    match n.unit {
        Some(u) => Ok(state.db.orgs().unit(u).await?.org),
        None => s.access.person.map(|(o, _)| o).ok_or(AppError::Forbidden),
    }
}

pub async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<OpportunityForm>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let request = f.direction == "request";
    if request && s.access.person.is_none() {
        return Err(AppError::Forbidden);
    }
    let hosts: Vec<String> = host_options(&state, &ctx, s).await?.into_iter().map(|h| h.0).collect();
    // The catalogue is the offering unit's organisation's (one's own for a personal offer or a request).
    let unit_org = match f.host.strip_prefix("unit:").and_then(|u| u.parse::<i64>().ok()).filter(|_| hosts.contains(&f.host)) {
        Some(u) => Some(state.db.orgs().unit(UnitId(u)).await?.org),
        None => None,
    };
    let org_hint = unit_org.or_else(|| s.access.person.map(|(o, _)| o)).or_else(|| s.access.member_orgs().first().copied());
    let cat = match org_hint {
        Some(o) => state.catalogues.get(&state.db, Some(o)).await?.to_vec(),
        None => vec![],
    };
    let (mut n, by_person) = match check(ctx.lang, &f, &hosts, &cat, scope::today()) {
        Ok(x) => x,
        Err(e) => return new_page(&state, &ctx, s, f, e).await,
    };
    if by_person {
        let Some((org, person)) = s.access.person else { return Err(AppError::Forbidden) };
        n.person = Some(person);
        n.unit = scope::own_units(&state, &s.access, org).await?.first().copied();
    }
    let org = org_of(&state, s, &n).await?;
    let (id, placement) = state.db.mobility().create(&ctx.actor(), org, &n).await?;
    if placement.is_some() {
        crate::notify::deliver(&state).await;
    }
    Ok(Redirect::to(&format!("/mobility/{id}")).into_response())
}

/// The opportunity, if the user sees it.
pub async fn visible(state: &AppState, s: &SignedIn, seat: &mut Seat, id: i64) -> Result<Opportunity, AppError> {
    let o = state.db.mobility().get(id).await?;
    if seat.sees(state, &s.access, &o).await? { Ok(o) } else { Err(AppError::NotFound) }
}

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

/// Whether the user may apply, or the reason they may not.
pub async fn may_apply(
    state: &AppState,
    s: &SignedIn,
    seat: &mut Seat,
    o: &Opportunity,
) -> Result<Result<(OrgId, PersonId), saman_domain::mobility::Refusal>, AppError> {
    use saman_domain::mobility::Refusal;
    let Some((org, person)) = s.access.person else { return Ok(Err(Refusal::NotOpenToYou)) };
    if o.direction != Direction::Offer || !o.open {
        return Ok(Err(Refusal::Closed));
    }
    if o.person == Some(person) {
        return Ok(Err(Refusal::OwnOpportunity));
    }
    if !o.open_to.is_empty() {
        let codes = seat.positions(state, org).await?.codes.get(&person).cloned().unwrap_or_default();
        if !codes.iter().any(|c| o.open_to.iter().any(|x| x.eq_ignore_ascii_case(c))) {
            return Ok(Err(Refusal::NotOpenToYou));
        }
    }
    Ok(Ok((org, person)))
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
    let mut seat = Seat::load(state, &s.access).await?;
    let o = visible(state, s, &mut seat, id).await?;
    let hosts = seat.hosts_offer(state, &s.access, &o).await?;
    let placements = state.db.mobility().placements_of(o.id).await?;
    let taken: Vec<Period> = placements.iter().filter(|p| p.stage.holds_place()).filter_map(|p| p.period).collect();
    let periods = o
        .periods
        .iter()
        .map(|p| (p.starts_on.to_string(), period_text(ctx, p), saman_domain::mobility::has_room(o.places, &taken, p)))
        .collect();
    let cat = state.catalogues.get(&state.db, Some(o.org)).await?;
    let competences = o.competences.iter().filter_map(|c| cat.iter().find(|x| x.id == *c)).map(|c| c.name(ctx.lang).to_string()).collect();
    let (mut mine, mut lines) = (vec![], vec![]);
    for p in &placements {
        let parts = parts(state, &s.access, &mut seat, p, &o).await?;
        if parts.participant {
            mine.push(placement_line(ctx, p, &o, None));
        } else if parts.any() {
            lines.push(placement_line(ctx, p, &o, None));
        }
    }
    let applied = mine.iter().any(|m| Stage::ALL.iter().any(|st| st.code() == m.stage_code && st.is_open()));
    let (may, refusal) = match may_apply(state, s, &mut seat, &o).await? {
        Ok(_) if applied => (false, Some(ctx.t(saman_domain::mobility::Refusal::AlreadyApplied.key()))),
        Ok(_) => (true, None),
        Err(_) if o.direction == Direction::Request || hosts => (false, None),
        Err(r) => (false, Some(ctx.t(r.key()))),
    };
    let may_allocate = hosts && !o.periods.is_empty() && placements.iter().any(|p| p.stage == Stage::Approved);
    let host = host_text(state, &seat, &o).await?;
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

/// Reads the dates of an application: a fixed period, or proposed dates.
pub fn check_apply(lang: Lang, f: &ApplyForm, o: &Opportunity) -> Result<(Option<Period>, String), FieldErrors> {
    let mut e = FieldErrors::default();
    let motivation = e.check(lang, "motivation", "field-motivation", parse::text(&f.motivation, 2000));
    let mut period = None;
    if !o.periods.is_empty() {
        // `any`: whichever of the weeks the host can give.
        match o.periods.iter().find(|p| p.starts_on.to_string() == f.period) {
            Some(p) => period = Some(*p),
            None if f.period == "any" => {}
            None => e.add(lang, "period", "field-period", if f.period.is_empty() { "err-required" } else { "err-bad-choice" }),
        }
    } else if !f.starts_on.trim().is_empty() || !f.ends_on.trim().is_empty() {
        let a = e.check(lang, "starts_on", "field-starts-on", parse::date(&f.starts_on));
        let b = e.check(lang, "ends_on", "field-ends-on", parse::date(&f.ends_on));
        if let (Some(a), Some(b)) = (a, b) {
            period = Period::new(a, b);
            if period.is_none() {
                e.add(lang, "ends_on", "field-ends-on", "err-ends-before-start");
            }
        }
    }
    match (motivation, e.any()) {
        (Some(m), false) => Ok((period, m)),
        _ => Err(e),
    }
}

pub async fn apply(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<ApplyForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let mut seat = Seat::load(&state, &s.access).await?;
    let o = visible(&state, s, &mut seat, id).await?;
    let (org, person) = match may_apply(&state, s, &mut seat, &o).await? {
        Ok(x) => x,
        Err(r) => return Err(AppError::Conflict { key: r.key(), field: None }),
    };
    let (period, motivation) = match check_apply(ctx.lang, &f, &o) {
        Ok(x) => x,
        Err(e) => return render(&state, &ctx, s, id, f, e, None).await,
    };
    let pid = match state.db.mobility().apply(&ctx.actor(), o.id, org, person, period, &motivation).await {
        Ok(pid) => pid,
        Err(saman_store::StoreError::Refused(key)) => {
            let mut e = FieldErrors::default();
            e.add(ctx.lang, "motivation", "field-motivation", key);
            return render(&state, &ctx, s, id, f, e, None).await;
        }
        Err(e) => return Err(e.into()),
    };
    crate::notify::deliver(&state).await;
    Ok(Redirect::to(&format!("/placements/{pid}")).into_response())
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
    let out = allocate_weeks(&state, s, id).await?;
    Ok(Redirect::to(&format!("/mobility/{id}?allocated={}&left={}#applications-heading", out.placed.len(), out.left_out.len()))
        .into_response())
}

/// Shares out the weeks of the opportunity the user hosts; see [`allocate`].
pub async fn allocate_weeks(state: &AppState, s: &SignedIn, id: i64) -> Result<saman_domain::mobility::Allocation, AppError> {
    let mut seat = Seat::load(state, &s.access).await?;
    let o = visible(state, s, &mut seat, id).await?;
    if !seat.hosts_offer(state, &s.access, &o).await? {
        return Err(AppError::Forbidden);
    }
    let placements = state.db.mobility().placements_of(o.id).await?;
    let taken: Vec<Period> = placements.iter().filter(|p| p.stage.holds_place()).filter_map(|p| p.period).collect();
    let mut applicants = vec![];
    for p in placements.iter().filter(|p| p.stage == Stage::Approved) {
        let busy = state
            .db
            .mobility()
            .placements_of_person(p.person)
            .await?
            .into_iter()
            .filter(|x| x.id != p.id && x.stage.holds_place())
            .filter_map(|x| x.period)
            .collect();
        applicants.push(saman_domain::mobility::Applicant { id: p.id, wants: p.period.filter(|w| o.periods.contains(w)), busy });
    }
    let out = saman_domain::mobility::allocate(&o.periods, o.places, &taken, &applicants);
    state.db.mobility().set_periods(&crate::ctx::actor_of(s), o.id, &out.placed, &out.left_out).await?;
    Ok(out)
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
    let mut seat = Seat::load(&state, &s.access).await?;
    let o = visible(&state, s, &mut seat, id).await?;
    let owner = seat.hosts_offer(&state, &s.access, &o).await? || o.person.is_some_and(|p| s.access.person == Some((o.org, p)));
    if !owner {
        return Err(AppError::Forbidden);
    }
    state.db.mobility().set_open(&ctx.actor(), o.id, f.open == "1").await?;
    Ok(Redirect::to(&format!("/mobility/{id}")).into_response())
}
