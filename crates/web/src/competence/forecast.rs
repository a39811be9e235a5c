//! Recruitment forecast for a unit and everything below it: the age profile and who is
//! expected to leave within 1, 3, 5 and 10 years, per position code, against what the
//! position-code requirements already lack.

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use saman_app::forecast::{Shown, UnitForecast};
use saman_app::records::{Organisation, Unit};
use saman_domain::UnitId;
use saman_gap::forecast::{self, CodeForecast, Params};
use serde::Deserialize;

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

/// The forecast of one unit below the chosen one (with everything below it), or of the rest.
pub struct UnitRow {
    /// `None` for the rest of the unit taken together.
    pub id: Option<UnitId>,
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
    /// Too few people to show anything: says how many are needed.
    hidden: Option<String>,
    /// The smallest group shown.
    threshold: String,
    people: i64,
    unknown_age: usize,
    rows: Vec<CodeRow>,
    units: Vec<UnitRow>,
    leaver_bars: Vec<Bar>,
    age_bars: Vec<Bar>,
    q: ForecastQuery,
    error: Option<String>,
}

/// The forecast for a unit, as the user may see it.
pub async fn run(state: &AppState, s: &crate::ctx::SignedIn, unit: UnitId, params: &Params) -> Result<UnitForecast, AppError> {
    Ok(saman_app::forecast::of_unit(state, &s.actor(), unit, params).await?)
}

/// The label of one or more neighbouring age bands.
pub fn band_label(ctx: &Ctx, bands: &std::ops::Range<usize>) -> String {
    let lo = forecast::BANDS[bands.start].0;
    let hi = forecast::BANDS[bands.end - 1].1;
    if lo == 0 {
        ctx.t1("forecast-age-under", "age", &(hi + 1).to_string())
    } else if hi >= 200 {
        ctx.t1("forecast-age-over", "age", &lo.to_string())
    } else {
        format!("{lo}–{hi}")
    }
}

fn unit_row(id: Option<UnitId>, name: String, f: &CodeForecast) -> UnitRow {
    UnitRow {
        id,
        name,
        people: f.people,
        leavers: f.leavers.iter().map(|v| fmt(*v)).collect(),
        retirements: f.retirements.iter().map(|v| fmt(*v)).collect(),
    }
}

/// The rows per unit below: the units that may be shown, then the rest together.
fn unit_rows(ctx: &Ctx, s: &Shown) -> Vec<UnitRow> {
    let mut rows: Vec<UnitRow> = s.units.iter().map(|(id, name, f)| unit_row(Some(*id), name.clone(), f)).collect();
    if let Some(rest) = &s.other_units
        && !s.units.is_empty()
    {
        rows.push(unit_row(None, ctx.t("forecast-other-units"), rest));
    }
    rows
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
    let uf = run(&state, s, UnitId(id), &params).await?;
    let Some(shown) = &uf.shown else {
        return Err(AppError::Conflict { key: "forecast-too-few", field: None });
    };
    let unit = &uf.unit;
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
    let codes =
        shown.codes.iter().map(|c| (code_name(&ctx, c), c)).chain(shown.other_codes.iter().map(|c| (ctx.t("forecast-other-codes"), c)));
    for (name, c) in codes {
        let nums: Vec<String> = c.leavers.iter().chain(c.retirements.iter()).map(|v| fmt(*v)).collect();
        out.push_str(&format!("{};{};{}\n", cell(&name), c.people, nums.join(";")));
    }
    for u in &unit_rows(&ctx, shown) {
        out.push_str(&format!("{};{};{};{}\n", cell(&u.name), u.people, u.leavers.join(";"), u.retirements.join(";")));
    }
    let file = format!("attachment; filename=\"rekrutteringsprognose-{}.csv\"", unit.id);
    Ok(([(axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (axum::http::header::CONTENT_DISPOSITION, file)], out)
        .into_response())
}

fn code_name(ctx: &Ctx, c: &CodeForecast) -> String {
    match &c.position_code {
        Some(code) => ctx.t1("gaps-position-code", "code", code),
        None => ctx.t("forecast-no-code"),
    }
}

fn fmt(v: f64) -> String {
    saman_domain::format::decimal(v, 1)
}

/// One row per position code with enough people (the rest together): expected leavers and
/// retirements per horizon, what mandatory requirements for the code lack today, and so what is
/// needed within five years.
fn code_rows(ctx: &Ctx, f: &Shown, gaps: &saman_gap::Report) -> Vec<CodeRow> {
    let missing = |code: &str| {
        gaps.rows.iter().filter(|r| r.mandatory && r.position_code.as_deref() == Some(code)).map(|r| r.missing).max().unwrap_or(0)
    };
    let row = |name: String, missing_now: usize, c: &CodeForecast| CodeRow {
        code: name,
        people: c.people,
        cells: c.leavers.iter().zip(c.retirements.iter()).map(|(l, r)| (fmt(*l), fmt(*r))).collect(),
        missing_now,
        need_5: missing_now + c.leavers[2].ceil() as usize,
    };
    let mut rows: Vec<CodeRow> =
        f.codes.iter().map(|c| row(code_name(ctx, c), c.position_code.as_deref().map(missing).unwrap_or(0), c)).collect();
    if let Some(c) = &f.other_codes {
        rows.push(row(ctx.t("forecast-other-codes"), 0, c));
    }
    rows
}

/// The charts: expected leavers by horizon, and people by age group.
fn bars(ctx: &Ctx, f: &Shown) -> (Vec<Bar>, Vec<Bar>) {
    let max = f.total.leavers[3].max(1.0);
    let leaver_bars = forecast::HORIZONS
        .iter()
        .zip(f.total.leavers.iter())
        .map(|(h, v)| Bar { label: ctx.tn("forecast-years", &i64::from(*h)), width: (v / max * 300.0) as usize, value: fmt(*v) })
        .collect();
    let max_age = f.age_groups.iter().map(|g| g.people).max().unwrap_or(1).max(1);
    let age_bars = f
        .age_groups
        .iter()
        .map(|g| Bar { label: band_label(ctx, &g.bands), width: g.people * 300 / max_age, value: g.people.to_string() })
        .collect();
    (leaver_bars, age_bars)
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
    let uf = run(&state, s, UnitId(id), &params).await?;
    let (org, unit) = (uf.org, uf.unit);
    let Some(f) = uf.shown else {
        let hidden = Some(ctx.t1("forecast-hidden", "count", &uf.threshold.to_string()));
        let page_data = ForecastPage {
            ctx: &ctx,
            org,
            unit,
            hidden,
            threshold: uf.threshold.to_string(),
            people: 0,
            unknown_age: 0,
            rows: vec![],
            units: vec![],
            leaver_bars: vec![],
            age_bars: vec![],
            q,
            error,
        };
        return page(&ctx, &page_data);
    };
    // What position-code requirements lack today, per code.
    let gaps = crate::competence::gaps::analyse(&state, s, unit.id, 90).await?;
    let rows = code_rows(&ctx, &f, &gaps.report);
    let (leaver_bars, age_bars) = bars(&ctx, &f);
    let units = unit_rows(&ctx, &f);
    let page_data = ForecastPage {
        ctx: &ctx,
        org,
        unit,
        hidden: None,
        threshold: uf.threshold.to_string(),
        people: f.people as i64,
        unknown_age: f.unknown_age,
        rows,
        units,
        leaver_bars,
        age_bars,
        q,
        error,
    };
    page(&ctx, &page_data)
}
