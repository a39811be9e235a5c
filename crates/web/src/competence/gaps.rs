//! Gap analysis for a unit and everything below it: requirements against holdings,
//! what expires, "faglig utvanning", and the skill-mix ladder. Charts are SVG drawn
//! here, with the same numbers in tables.

use crate::competence::{level_name, options};
use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::orgview::OrgView;
use saman_app::records::{Organisation, Unit};
use saman_app::requirements::{self, Ask};
use saman_domain::{OrgId, PersonId, UnitId};
use serde::Deserialize;
use std::collections::HashMap;

pub struct GapRow {
    pub id: i64,
    pub competence: String,
    pub applies_to: String,
    pub mandatory: bool,
    pub level: String,
    pub required: usize,
    pub covered: usize,
    pub missing: usize,
    pub missing_people: Vec<(PersonId, String)>,
    /// How many more lack it than are named.
    pub more_missing: usize,
    /// Width of the covered part of a 160-pixel bar.
    pub bar: usize,
    /// The user may remove it here.
    pub removable: bool,
}

pub struct LadderView {
    /// `None` for the whole organisation.
    pub id: Option<UnitId>,
    pub unit: String,
    pub counts: [usize; 5],
    pub total: usize,
}

#[derive(Template)]
#[template(path = "gaps.html")]
struct GapsPage<'a> {
    ctx: &'a Ctx,
    org: Organisation,
    unit: Option<Unit>,
    /// The unit's or the organisation's name.
    title: String,
    /// The page's address, for exports and the window form.
    base: String,
    current: Option<UnitId>,
    people: i64,
    rows: Vec<GapRow>,
    expiring: Vec<(PersonId, String, String, chrono::NaiveDate, bool)>,
    expiring_more: usize,
    dilution_more: usize,
    dilution: Vec<(PersonId, String, String, String)>,
    ladder: Vec<LadderView>,
    names_visible: bool,
    can_edit: bool,
    window: i64,
    options: Vec<(i64, String)>,
    errors: FieldErrors,
}

#[derive(Deserialize)]
pub struct GapQuery {
    window: Option<i64>,
}

pub use saman_app::gaps::{Analysis, Scope as GapScope};

/// The page's address: `/units/5/gaps` or `/organisations/1/gaps`.
pub fn base(a: &Analysis) -> String {
    match &a.unit {
        Some(u) => format!("/units/{}/gaps", u.id),
        None => format!("/organisations/{}/gaps", a.org.id),
    }
}

pub(super) fn file_name(a: &Analysis, ext: &str) -> String {
    match &a.unit {
        Some(u) => format!("kompetansegap-{}.{ext}", u.id),
        None => format!("kompetansegap-org-{}.{ext}", a.org.id),
    }
}

/// Runs the analysis for a unit the user may see.
pub async fn analyse(state: &AppState, s: &SignedIn, unit: UnitId, window: i64) -> Result<Analysis, AppError> {
    analyse_scope(state, s, GapScope::Unit(unit), window).await
}

/// Runs the analysis for a unit, or a whole organisation, the user may see.
pub async fn analyse_scope(state: &AppState, s: &SignedIn, scope: GapScope, window: i64) -> Result<Analysis, AppError> {
    Ok(saman_app::gaps::analyse(state, &s.actor(), scope, window).await?)
}

/// Names shown per requirement row; the rest are counted.
const NAMES_PER_ROW: usize = 20;
/// Rows shown of the lists of what expires and of "faglig utvanning".
const LIST_LIMIT: usize = 100;

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>, Query(q): Query<GapQuery>) -> Result<Response, AppError> {
    render(&state, &ctx, GapScope::Unit(UnitId(id)), q.window.unwrap_or(90).clamp(1, 3650), FieldErrors::default()).await
}

/// The whole organisation: every top-level unit with everything below it.
pub async fn show_org(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<GapQuery>,
) -> Result<Response, AppError> {
    render(&state, &ctx, GapScope::Org(OrgId(id)), q.window.unwrap_or(90).clamp(1, 3650), FieldErrors::default()).await
}

/// The gap rows as the page lists them: each requirement, and for the whole organisation the
/// unit requirements summed over their units instead of one row per unit.
fn gap_rows(ctx: &Ctx, s: &SignedIn, a: &Analysis, view: &OrgView, people: &HashMap<PersonId, String>) -> Vec<GapRow> {
    let comp = |id: i64| a.catalogue.iter().find(|c| c.id.0 == id);
    let cname = |id: i64| comp(id).map(|c| c.name(ctx.lang).to_string()).unwrap_or_default();
    let either = |first: i64, rest: &[i64]| names_either(ctx, std::iter::once(first).chain(rest.iter().copied()).map(cname).collect());
    let level = |c: i64, min: i64| comp(c).map(|c| level_name(ctx.lang, &c.scale, min)).unwrap_or_default();
    let bar = |covered: usize, required: usize| (covered.min(required) * 160).checked_div(required).unwrap_or(160);
    let whole_org = a.unit.is_none();
    let mut rows: Vec<GapRow> = a
        .report
        .rows
        .iter()
        // For the whole organisation, unit requirements are summed below rather than listed per unit.
        .filter(|r| !(whole_org && r.unit.is_some()))
        .map(|r| GapRow {
            id: r.requirement,
            competence: either(r.competence, &r.alternatives),
            applies_to: match (&r.unit, &r.position_code) {
                (Some(u), _) => view.unit(*u).map(|u| u.name.clone()).unwrap_or_default(),
                (None, Some(code)) => ctx.t1("gaps-position-code", "code", code),
                _ => String::new(),
            },
            mandatory: r.mandatory,
            level: level(r.competence, r.min_level),
            required: r.required,
            covered: r.covered,
            missing: r.missing,
            bar: bar(r.covered, r.required),
            missing_people: r.missing_people.iter().take(NAMES_PER_ROW).filter_map(|p| people.get(p).map(|n| (*p, n.clone()))).collect(),
            more_missing: r.missing_people.len().saturating_sub(NAMES_PER_ROW),
            removable: a.can_edit
                && saman_app::requirements::may_remove(&s.access, a.org.id, r.unit.map(|u| view.tree.ancestry(u)).as_deref()),
        })
        .collect();
    if whole_org {
        let mut totals: Vec<GapRow> = saman_gap::totals::unit_totals(&a.report.rows)
            .into_iter()
            .map(|t| GapRow {
                id: 0,
                competence: either(t.competence, &t.alternatives),
                applies_to: ctx.tn("gaps-in-units", &(t.units as i64)),
                mandatory: t.mandatory,
                level: level(t.competence, t.min_level),
                required: t.required,
                covered: t.covered,
                missing: t.missing,
                bar: bar(t.covered, t.required),
                missing_people: vec![],
                more_missing: 0,
                removable: false,
            })
            .collect();
        totals.sort_by(|x, y| (&x.competence, &x.level, x.mandatory).cmp(&(&y.competence, &y.level, y.mandatory)));
        rows.extend(totals);
    }
    rows
}

async fn render(state: &AppState, ctx: &Ctx, scope: GapScope, window: i64, errors: FieldErrors) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let a = analyse_scope(state, s, scope, window).await?;
    let cname = |id: i64| a.catalogue.iter().find(|c| c.id.0 == id).map(|c| c.name(ctx.lang).to_string()).unwrap_or_default();
    let view = state.view(a.org.id).await?;
    // Long lists are cut on the page; the Excel file has them whole.
    let people = saman_app::gaps::names(state, &a, NAMES_PER_ROW, LIST_LIMIT).await?;
    let rows = gap_rows(ctx, s, &a, &view, &people);
    let expiring = if a.names_visible {
        a.report
            .expiring
            .iter()
            .take(LIST_LIMIT)
            .filter_map(|e| people.get(&e.person).map(|n| (e.person, n.clone(), cname(e.competence), e.expires, e.expired)))
            .collect()
    } else {
        vec![]
    };
    let dilution = if a.names_visible {
        a.report
            .dilution
            .iter()
            .take(LIST_LIMIT)
            .map(|d| (d.person, people.get(&d.person).cloned().unwrap_or_default(), d.position_code.clone(), cname(d.competence)))
            .collect()
    } else {
        vec![]
    };
    let ladder = a
        .report
        .ladder
        .iter()
        .map(|l| LadderView {
            id: l.unit,
            unit: l.unit.and_then(|u| view.unit(u)).map_or_else(|| a.org.name.clone(), |u| u.name.clone()),
            counts: l.counts,
            total: l.counts.iter().sum(),
        })
        .collect();
    let bad = errors.any();
    let mut r = page(
        ctx,
        &GapsPage {
            ctx,
            people: a.report.people as i64,
            options: options(ctx.lang, &a.catalogue),
            title: a.title().to_string(),
            base: base(&a),
            current: a.unit.as_ref().map(|u| u.id),
            org: a.org,
            unit: a.unit,
            rows,
            expiring_more: if a.names_visible { a.report.expiring.len().saturating_sub(LIST_LIMIT) } else { 0 },
            dilution_more: if a.names_visible { a.report.dilution.len().saturating_sub(LIST_LIMIT) } else { 0 },
            expiring,
            dilution,
            ladder,
            names_visible: a.names_visible,
            can_edit: a.can_edit,
            window,
            errors,
        },
    )?;
    if bad {
        *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

/// The requirement rows as CSV (semicolon-separated, UTF-8 with BOM, as Excel in Norway expects).
pub async fn csv(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    csv_of(&state, &ctx, GapScope::Unit(UnitId(id))).await
}

pub async fn csv_org(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    csv_of(&state, &ctx, GapScope::Org(OrgId(id))).await
}

async fn csv_of(state: &AppState, ctx: &Ctx, scope: GapScope) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let a = analyse_scope(state, s, scope, 90).await?;
    let mut out = String::from("\u{feff}");
    out.push_str(
        &[ctx.t("col-competence"), ctx.t("gaps-applies-to"), ctx.t("gaps-required"), ctx.t("gaps-covered"), ctx.t("gaps-missing")]
            .join(";"),
    );
    out.push('\n');
    let view = state.view(a.org.id).await?;
    for r in &a.report.rows {
        let cname = |id: i64| a.catalogue.iter().find(|c| c.id.0 == id).map(|c| c.name(ctx.lang).to_string()).unwrap_or_default();
        let name = names_either(ctx, std::iter::once(r.competence).chain(r.alternatives.iter().copied()).map(cname).collect());
        let applies = match (&r.unit, &r.position_code) {
            (Some(u), _) => view.unit(*u).map(|u| u.name.clone()).unwrap_or_default(),
            (None, Some(c)) => c.clone(),
            _ => String::new(),
        };
        let cell = |s: &str| if s.contains([';', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() };
        out.push_str(&format!("{};{};{};{};{}\n", cell(&name), cell(&applies), r.required, r.covered, r.missing));
    }
    let file = format!("attachment; filename=\"{}\"", file_name(&a, "csv"));
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, file)], out).into_response())
}

/// "A or B": a requirement's competence and its alternatives.
pub fn names_either(ctx: &Ctx, names: Vec<String>) -> String {
    names.join(&format!(" {} ", ctx.t("gaps-or")))
}

/// The whole analysis as a spreadsheet: requirements, and for leaders and HR who lacks what,
/// what expires and "faglig utvanning"; the skill-mix ladder for everyone.
#[derive(Deserialize)]
pub struct RequirementForm {
    #[serde(default)]
    competence: String,
    #[serde(default)]
    applies_to: String,
    #[serde(default)]
    position_code: String,
    #[serde(default)]
    min_count: String,
    #[serde(default)]
    min_level: String,
    #[serde(default)]
    desired: Option<String>,
    #[serde(default)]
    alternative: String,
}

pub async fn add_requirement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<RequirementForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let ask = Ask {
        // Something sent that is not a number names no competence: a bad choice, not a missing one.
        competence: if f.competence.trim().is_empty() { None } else { Some(f.competence.trim().parse::<i64>().unwrap_or(-1)) },
        position_code: (f.applies_to == "code").then(|| f.position_code.clone()),
        min_count: f.min_count.trim().parse::<i64>().ok(),
        min_level: f.min_level.trim().parse::<i64>().unwrap_or(1),
        mandatory: f.desired.is_none(),
        alternatives: f.alternative.trim().parse::<i64>().ok().into_iter().collect(),
    };
    match requirements::add(&state, &s.actor(), UnitId(id), &ask).await {
        Ok(a) => Ok(Redirect::to(&base(&a)).into_response()),
        Err(saman_app::Error::Invalid(p)) => {
            let e = FieldErrors::from_problems_named(ctx.lang, &p, |f| {
                let (id, label) = match f {
                    "competence" => ("req_competence", "field-competence"),
                    "min_level" => ("min_level", "field-level"),
                    "alternatives" => ("alternative", "field-alternative"),
                    "position_code" => ("position_code", "col-position-code"),
                    "min_count" => ("min_count", "field-min-count"),
                    f => (f, "field-competence"),
                };
                (id.to_string(), label.to_string())
            });
            render(&state, &ctx, GapScope::Unit(UnitId(id)), 90, e).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn delete_requirement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let a = requirements::remove(&state, &s.actor(), UnitId(id), rid).await?;
    Ok(Redirect::to(&base(&a)).into_response())
}
