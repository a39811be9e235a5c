//! Recruitment forecast for a unit and everything below it: the age profile and who is
//! expected to leave within 1, 3, 5 and 10 years, per position code, against what the
//! position-code requirements already lack.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::scope;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use saman_domain::UnitId;
use saman_gap::forecast::{self, Forecast, Params};
use saman_store::{Organisation, Unit};
use serde::Deserialize;
use std::collections::HashSet;

#[derive(Deserialize, Default, Clone)]
pub struct ForecastQuery {
    /// Yearly turnover, percent.
    pub turnover: Option<f64>,
    /// Shares (percent) retiring at 62, 67 and 70.
    pub r62: Option<f64>,
    pub r67: Option<f64>,
    pub r70: Option<f64>,
}

impl ForecastQuery {
    /// The model's parameters, or the field at fault.
    pub fn params(&self) -> Result<Params, &'static str> {
        let d = Params::default();
        let turnover = self.turnover.unwrap_or(d.turnover * 100.0);
        if !(0.0..=50.0).contains(&turnover) {
            return Err("turnover");
        }
        let shares = [(62, self.r62.unwrap_or(30.0), "r62"), (67, self.r67.unwrap_or(55.0), "r67"), (70, self.r70.unwrap_or(15.0), "r70")];
        for (_, s, field) in shares {
            if !(0.0..=100.0).contains(&s) {
                return Err(field);
            }
        }
        if shares.iter().map(|(_, s, _)| s).sum::<f64>() <= 0.0 {
            return Err("r67");
        }
        Ok(Params { retirement: shares.iter().map(|(a, s, _)| (*a, *s / 100.0)).collect(), turnover: turnover / 100.0 })
    }
}

pub struct Bar {
    pub label: String,
    pub width: usize,
    pub value: String,
}

pub struct CodeRow {
    pub code: String,
    pub people: usize,
    /// (departures, of which retirements) per horizon.
    pub cells: Vec<(String, String)>,
    pub missing_now: usize,
    pub need_5: usize,
}

/// The forecast of one unit below the chosen one (with everything below it).
pub struct UnitRow {
    pub id: UnitId,
    pub name: String,
    pub people: usize,
    /// Expected departures per horizon.
    pub leavers: Vec<String>,
    pub retirements: Vec<String>,
}

#[derive(Template)]
#[template(path = "forecast.html")]
struct ForecastPage<'a> {
    ctx: &'a Ctx,
    org: Organisation,
    unit: Unit,
    f: Forecast,
    people: i64,
    rows: Vec<CodeRow>,
    units: Vec<UnitRow>,
    leaver_bars: Vec<Bar>,
    age_bars: Vec<Bar>,
    q: ForecastQuery,
    error: Option<String>,
}

/// Runs the forecast for a unit the user may see.
pub async fn run(
    state: &AppState,
    access: &saman_domain::Access,
    unit: UnitId,
    params: &Params,
) -> Result<(Organisation, Unit, Forecast), AppError> {
    let (org, unit, f, _) = run_with_units(state, access, unit, params).await?;
    Ok((org, unit, f))
}

/// The forecast for a unit, and for each unit right below it.
pub async fn run_with_units(
    state: &AppState,
    access: &saman_domain::Access,
    unit: UnitId,
    params: &Params,
) -> Result<(Organisation, Unit, Forecast, Vec<UnitRow>), AppError> {
    let unit = state.db.orgs().unit(unit).await?;
    let org = scope::org(state, access, unit.org).await?;
    let view = state.orgs.get(&state.db, org.id).await?;
    let facts = state.facts.get(&state.db, org.id).await?;
    let this_year = scope::today().format("%Y").to_string().parse().unwrap_or(2026);
    let of = |u: UnitId| {
        let scope_units: HashSet<UnitId> = view.tree.subtree(u).into_iter().collect();
        let positions: Vec<saman_gap::Position> = facts.positions.iter().filter(|p| scope_units.contains(&p.unit)).cloned().collect();
        forecast::forecast(&positions, &facts.birth_years, this_year, params)
    };
    let f = of(unit.id);
    let units = view
        .tree
        .children_of(Some(unit.id))
        .iter()
        .map(|c| {
            let cf = of(*c);
            UnitRow {
                id: *c,
                name: view.unit(*c).map(|u| u.name.clone()).unwrap_or_default(),
                people: cf.total.people,
                leavers: cf.total.leavers.iter().map(|v| fmt(*v)).collect(),
                retirements: cf.total.retirements.iter().map(|v| fmt(*v)).collect(),
            }
        })
        .filter(|r| r.people > 0)
        .collect();
    Ok((org, unit, f, units))
}

/// The forecast as CSV: per position code, then per unit below, departures and retirements
/// at each horizon.
pub async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<ForecastQuery>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let params = q.params().map_err(|field| AppError::bad("err-bad-number", field))?;
    let (_, unit, f, units) = run_with_units(&state, &s.access, UnitId(id), &params).await?;
    let mut out = String::from("\u{feff}");
    let mut head = vec![ctx.t("forecast-group"), ctx.t("col-people")];
    for h in forecast::HORIZONS {
        head.push(ctx.t1("forecast-csv-leavers", "years", &h.to_string()));
    }
    for h in forecast::HORIZONS {
        head.push(ctx.t1("forecast-csv-retirements", "years", &h.to_string()));
    }
    out.push_str(&head.join(";"));
    out.push('\n');
    let cell = |s: &str| if s.contains([';', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() };
    for c in &f.codes {
        let name = match &c.position_code {
            Some(code) => ctx.t1("gaps-position-code", "code", code),
            None => ctx.t("forecast-no-code"),
        };
        let nums: Vec<String> = c.leavers.iter().chain(c.retirements.iter()).map(|v| fmt(*v)).collect();
        out.push_str(&format!("{};{};{}\n", cell(&name), c.people, nums.join(";")));
    }
    for u in &units {
        out.push_str(&format!("{};{};{};{}\n", cell(&u.name), u.people, u.leavers.join(";"), u.retirements.join(";")));
    }
    let file = format!("attachment; filename=\"rekrutteringsprognose-{}.csv\"", unit.id);
    Ok(([(axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (axum::http::header::CONTENT_DISPOSITION, file)], out)
        .into_response())
}

fn fmt(v: f64) -> String {
    saman_domain::format::decimal(v, 1)
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<ForecastQuery>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (params, error) = match q.params() {
        Ok(p) => (p, None),
        Err(field) => (Params::default(), Some(ctx.t1("forecast-bad-param", "field", &ctx.t(&format!("forecast-field-{field}"))))),
    };
    let (org, unit, f, units) = run_with_units(&state, &s.access, UnitId(id), &params).await?;
    // What position-code requirements lack today, per code.
    let gaps = crate::pages::gaps::analyse(&state, s, unit.id, 90).await?;
    let mut rows: Vec<CodeRow> = f
        .codes
        .iter()
        .map(|c| {
            let code = c.position_code.clone().unwrap_or_default();
            let missing_now = gaps
                .report
                .rows
                .iter()
                .filter(|r| r.mandatory && r.position_code.as_deref() == Some(code.as_str()))
                .map(|r| r.missing)
                .max()
                .unwrap_or(0);
            CodeRow {
                code: if code.is_empty() { ctx.t("forecast-no-code") } else { code },
                people: c.people,
                cells: c.leavers.iter().zip(c.retirements.iter()).map(|(l, r)| (fmt(*l), fmt(*r))).collect(),
                missing_now,
                need_5: missing_now + c.leavers[2].ceil() as usize,
            }
        })
        .collect();
    rows.sort_by_key(|b| std::cmp::Reverse(b.people));
    let max = f.total.leavers[3].max(1.0);
    let leaver_bars = forecast::HORIZONS
        .iter()
        .zip(f.total.leavers.iter())
        .map(|(h, v)| Bar { label: ctx.tn("forecast-years", &i64::from(*h)), width: (v / max * 300.0) as usize, value: fmt(*v) })
        .collect();
    let max_age = (*f.ages.iter().max().unwrap_or(&1)).max(1);
    let age_bars = f
        .ages
        .iter()
        .enumerate()
        .map(|(i, n)| Bar { label: ctx.t(&format!("forecast-band-{i}")), width: n * 300 / max_age, value: n.to_string() })
        .collect();
    page(&ctx, &ForecastPage { ctx: &ctx, org, unit, people: f.people as i64, f, rows, units, leaver_bars, age_bars, q, error })
}
