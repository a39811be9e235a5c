//! The gap analysis as a spreadsheet: every requirement row, and where the user may see names,
//! who lacks what, what expires and "faglig utvanning"; the skill-mix ladder last.

use super::gaps::{GapScope, analyse_scope, file_name, names_either};
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use rust_xlsxwriter::{Format, Workbook, XlsxError};
use saman_domain::{OrgId, UnitId};
use saman_gap::Rung;

/// A cell of a sheet.
enum Cell {
    Text(String),
    Count(usize),
    Date(NaiveDate),
}

/// Adds a sheet: a bold head row, the rows, columns fitted to their contents.
fn add_sheet(wb: &mut Workbook, name: String, head: &[String], rows: impl IntoIterator<Item = Vec<Cell>>) -> Result<(), XlsxError> {
    let (bold, date) = (Format::new().set_bold(), Format::new().set_num_format("dd.mm.yyyy"));
    let sheet = wb.add_worksheet().set_name(name)?;
    for (c, h) in head.iter().enumerate() {
        sheet.write_with_format(0, c as u16, h.as_str(), &bold)?;
    }
    for (i, cells) in rows.into_iter().enumerate() {
        let row = i as u32 + 1;
        for (c, cell) in cells.into_iter().enumerate() {
            let c = c as u16;
            match cell {
                Cell::Text(t) => sheet.write(row, c, t)?,
                Cell::Count(n) => sheet.write(row, c, n as u32)?,
                Cell::Date(d) => sheet.write_with_format(row, c, &d, &date)?,
            };
        }
    }
    sheet.autofit();
    Ok(())
}

pub async fn xlsx(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    download(&state, &ctx, GapScope::Unit(UnitId(id))).await
}

pub async fn xlsx_org(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    download(&state, &ctx, GapScope::Org(OrgId(id))).await
}

async fn download(state: &AppState, ctx: &Ctx, scope: GapScope) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let a = analyse_scope(state, s, scope, 90).await?;
    let view = state.view(a.org.id).await?;
    let cname = |id: i64| a.catalogue.iter().find(|c| c.id.0 == id).map(|c| c.name(ctx.lang).to_string()).unwrap_or_default();
    let uname = |u: UnitId| view.unit(u).map(|u| u.name.clone()).unwrap_or_default();
    let people = saman_app::gaps::names(state, &a, usize::MAX, usize::MAX).await?;
    let name = |p| Cell::Text(people.get(p).cloned().unwrap_or_default());
    let heads = |keys: &[&str]| keys.iter().map(|k| ctx.t(k)).collect::<Vec<_>>();
    let xerr = |e: XlsxError| AppError::internal("xlsx export", &e);
    let mut wb = Workbook::new();
    let requirements = a.report.rows.iter().map(|r| {
        let applies = match (&r.unit, &r.position_code) {
            (Some(u), _) => uname(*u),
            (None, Some(c)) => ctx.t1("gaps-position-code", "code", c),
            _ => String::new(),
        };
        vec![
            Cell::Text(names_either(ctx, std::iter::once(r.competence).chain(r.alternatives.iter().copied()).map(cname).collect())),
            Cell::Text(applies),
            Cell::Count(r.required),
            Cell::Count(r.covered),
            Cell::Count(r.missing),
            Cell::Text(ctx.t(if r.mandatory { "gaps-mandatory" } else { "gaps-desired" })),
        ]
    });
    let head = heads(&["col-competence", "gaps-applies-to", "gaps-required", "gaps-covered", "gaps-missing", "gaps-kind"]);
    add_sheet(&mut wb, ctx.t("gaps-sheet-requirements"), &head, requirements).map_err(xerr)?;
    if a.names_visible {
        let missing = a.report.rows.iter().flat_map(|r| {
            r.missing_people
                .iter()
                .map(|p| vec![name(p), Cell::Text(cname(r.competence)), Cell::Text(r.position_code.clone().unwrap_or_default())])
        });
        let head = heads(&["col-name", "col-competence", "gaps-applies-to"]);
        add_sheet(&mut wb, ctx.t("gaps-sheet-missing"), &head, missing).map_err(xerr)?;
        let expiring = a.report.expiring.iter().map(|e| vec![name(&e.person), Cell::Text(cname(e.competence)), Cell::Date(e.expires)]);
        let head = heads(&["col-name", "col-competence", "field-expires-on"]);
        add_sheet(&mut wb, ctx.t("gaps-sheet-expiring"), &head, expiring).map_err(xerr)?;
        // "Faglig utvanning": people in a position whose code requires an education they lack.
        let dilution =
            a.report.dilution.iter().map(|d| vec![name(&d.person), Cell::Text(d.position_code.clone()), Cell::Text(cname(d.competence))]);
        let head = heads(&["col-name", "col-position-code", "gaps-dilution-lacks"]);
        add_sheet(&mut wb, ctx.t("gaps-sheet-dilution"), &head, dilution).map_err(xerr)?;
    }
    let mut head = vec![ctx.t("col-unit")];
    head.extend(Rung::ALL.iter().map(|r| ctx.t(&format!("rung-{}", r.code()))));
    let ladder = a.report.ladder.iter().map(|l| {
        let mut cells = vec![Cell::Text(l.unit.map_or_else(|| a.org.name.clone(), uname))];
        cells.extend(l.counts.iter().map(|n| Cell::Count(*n)));
        cells
    });
    add_sheet(&mut wb, ctx.t("gaps-sheet-ladder"), &head, ladder).map_err(xerr)?;
    let bytes = wb.save_to_buffer().map_err(xerr)?;
    let file = format!("attachment; filename=\"{}\"", file_name(&a, "xlsx"));
    let kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string();
    Ok(([(header::CONTENT_TYPE, kind), (header::CONTENT_DISPOSITION, file)], bytes).into_response())
}
