//! Countering hoarding: a leader sees the competence lent out from their units and received
//! into them; HR the same for the organisation; a network coordinator the flows between the
//! organisations as a chart (people and working days, no names).

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::mobility::opportunities::period_text;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use saman_app::mobility as flows;

pub struct FlowLine {
    pub id: i64,
    pub person: String,
    pub title: String,
    pub competences: String,
    pub dates: String,
    pub days: i64,
    pub other: String,
}

/// One side of the balance for a set of units (or a whole organisation).
pub struct Balance {
    pub name: String,
    pub lent: Vec<FlowLine>,
    pub received: Vec<FlowLine>,
    pub lent_days: i64,
    pub received_days: i64,
    /// Bar widths (of 300) for the two totals.
    pub lent_w: i64,
    pub received_w: i64,
}

/// A cell of the organisation matrix.
pub struct Cell {
    pub people: i64,
    pub days: i64,
    /// 0–4, darker for more people.
    pub shade: u8,
}

pub struct Matrix {
    pub names: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub total: i64,
}

#[derive(Template)]
#[template(path = "flows.html")]
struct FlowsPage<'a> {
    ctx: &'a Ctx,
    balances: Vec<Balance>,
    matrix: Option<Matrix>,
}

fn balance(name: String, lent: Vec<FlowLine>, received: Vec<FlowLine>) -> Balance {
    let lent_days: i64 = lent.iter().map(|l| l.days).sum();
    let received_days: i64 = received.iter().map(|l| l.days).sum();
    let max = lent_days.max(received_days).max(1);
    Balance { name, lent_w: lent_days * 300 / max, received_w: received_days * 300 / max, lent, received, lent_days, received_days }
}

fn line(ctx: &Ctx, l: flows::Lent) -> FlowLine {
    let p = &l.placement;
    FlowLine {
        id: p.id,
        person: p.person_name.clone(),
        title: l.title,
        competences: l.competences.iter().map(|c| c.name(ctx.lang).to_string()).collect::<Vec<_>>().join(", "),
        dates: p.period.map(|x| period_text(ctx, &x)).unwrap_or_default(),
        days: p.period.map(|x| x.working_days()).unwrap_or(0),
        other: l.other,
    }
}

fn matrix(m: flows::Matrix) -> Matrix {
    let n = m.names.len();
    let max = m.flows.iter().map(|x| x.people).max().unwrap_or(0);
    let mut rows: Vec<Vec<Cell>> = (0..n).map(|_| (0..n).map(|_| Cell { people: 0, days: 0, shade: 0 }).collect()).collect();
    for x in &m.flows {
        if let Some(c) = rows.get_mut(x.from).and_then(|r| r.get_mut(x.to)) {
            *c = Cell { people: x.people, days: x.days, shade: if max == 0 { 0 } else { (1 + (x.people * 3) / max).min(4) as u8 } };
        }
    }
    Matrix { names: m.names, rows, total: m.flows.iter().map(|x| x.people).sum() }
}

pub async fn show(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let f = flows::flows(&state, &s.actor()).await?;
    let balances = f
        .balances
        .into_iter()
        .map(|b| {
            balance(b.name, b.lent.into_iter().map(|l| line(&ctx, l)).collect(), b.received.into_iter().map(|l| line(&ctx, l)).collect())
        })
        .collect();
    page(&ctx, &FlowsPage { ctx: &ctx, balances, matrix: f.matrix.map(matrix) })
}
