//! One learning activity: its cohorts and sessions, enrolment (one's own, or a whole unit or
//! position code at once), the waiting list, approval, and progress per unit.

use crate::competence::level_name;
use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::learning::views::{kind_label, rule_text};
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::input;
use saman_app::learning::{self, Target};
use saman_app::records::{Activity, Cohort, Enrolment, LearningSession, Organisation};
use saman_domain::learning::{CompletionRule, EnrolStatus, Progress, handle_number};
use saman_domain::{PersonId, UnitId, parse};
use serde::Deserialize;
use std::collections::BTreeMap;

pub struct SessionView {
    pub id: i64,
    pub when: String,
    pub place: String,
}

pub struct ParticipantView {
    pub enrolment: i64,
    pub name: String,
    pub status_label: String,
    /// Has a place, sessions have been held, and has attended none of them.
    pub not_started: bool,
    pub attended: usize,
    pub passed: bool,
    pub may_approve: bool,
    pub may_cancel: bool,
}

pub struct CohortView {
    pub id: i64,
    pub name: String,
    pub capacity: i64,
    pub taken: usize,
    pub waiting: usize,
    /// (person id, name) of each facilitator.
    pub facilitators: Vec<(i64, String)>,
    pub sessions: Vec<SessionView>,
    /// The user's own enrolment: id and status.
    pub mine: Option<(i64, EnrolStatus, String)>,
    /// What the user agreed should change in practice.
    pub my_goal: String,
    pub can_enrol_self: bool,
    pub runs: bool,
    pub can_enrol_others: bool,
    pub participants: Vec<ParticipantView>,
    /// Participants hidden from this user.
    pub hidden: usize,
    pub err_starts: Option<String>,
    pub err_ends: Option<String>,
    pub err_place: Option<String>,
    pub err_unit: Option<String>,
    pub err_goal: Option<String>,
    pub err_facilitator: Option<String>,
}

pub struct UnitProgress {
    pub name: String,
    pub enrolled: usize,
    pub completed: usize,
}

#[derive(Template)]
#[template(path = "activity.html")]
struct ActivityPage<'a> {
    ctx: &'a Ctx,
    org: Organisation,
    a: Activity,
    kind: String,
    handle: Option<String>,
    competence: Option<String>,
    rule: String,
    progress: Progress,
    by_unit: Vec<UnitProgress>,
    /// Completions over the last twelve months, for the chart.
    months: Vec<MonthBar>,
    /// Where the target lies in the chart, when there is one.
    target_y: Option<usize>,
    cohorts: Vec<CohortView>,
    manage: bool,
    /// Completion asks the facilitator to mark who passed.
    uses_passed: bool,
    /// Transfer follow-up: answers per respondent, and (for HR) what hinders, without names.
    results: Vec<crate::learning::views::ResultRow>,
    hinders: Vec<String>,
    units: Vec<(i64, String)>,
    people: Vec<(i64, String)>,
    notice: Option<String>,
    errors: FieldErrors,
}

#[derive(Deserialize, Default)]
pub struct Notice {
    #[serde(default)]
    enrolled: Option<usize>,
    #[serde(default)]
    waiting: Option<usize>,
    #[serde(default)]
    pending: Option<usize>,
    #[serde(default)]
    already: Option<usize>,
    #[serde(default)]
    completed: Option<usize>,
    #[serde(default)]
    unmet: Option<usize>,
}

/// One month of the completion chart: completed that month and in all up to its end.
#[derive(Debug, PartialEq, Eq)]
pub struct MonthBar {
    pub label: String,
    pub count: usize,
    pub total: usize,
    /// Bar geometry in a 480 × 160 chart.
    pub x: usize,
    pub y: usize,
    pub height: usize,
}

/// Cumulative completions per month for the twelve months up to `today`, scaled against the
/// target (or the highest total when it is higher), with where the target line falls. Empty
/// when nobody has completed.
pub fn months(completed_at: &[i64], today: chrono::NaiveDate, target: u32) -> (Vec<MonthBar>, Option<usize>) {
    use chrono::Datelike;
    if completed_at.is_empty() {
        return (vec![], None);
    }
    let index = |y: i32, m: u32| y * 12 + m as i32 - 1;
    let now = index(today.year(), today.month());
    let mut counts = [0usize; 12];
    let mut before = 0;
    for t in completed_at {
        let Some(d) = chrono::DateTime::from_timestamp(*t, 0).map(|d| d.with_timezone(&chrono_tz::Europe::Oslo)) else { continue };
        let i = index(d.year(), d.month());
        if i <= now - 12 {
            before += 1;
        } else if i <= now {
            counts[(i - (now - 11)) as usize] += 1;
        }
    }
    let mut total = before;
    let totals: Vec<usize> = counts
        .iter()
        .map(|c| {
            total += c;
            total
        })
        .collect();
    let scale = (target as usize).max(total).max(1);
    let bars = (0..12)
        .map(|k| {
            let i = now - 11 + k as i32;
            let (y, m) = (i.div_euclid(12), i.rem_euclid(12) + 1);
            let height = totals[k] * 140 / scale;
            MonthBar { label: format!("{m:02}.{y}"), count: counts[k], total: totals[k], x: 8 + k * 39, y: 150 - height, height }
        })
        .collect();
    (bars, (target > 0).then(|| 150 - target as usize * 140 / scale))
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>, Query(n): Query<Notice>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let notice = notice_text(&ctx, &n);
    render(&state, &ctx, s, id, notice, FieldErrors::default(), None).await
}

fn notice_text(ctx: &Ctx, n: &Notice) -> Option<String> {
    let mut parts = vec![];
    for (v, key) in [
        (n.enrolled, "notice-enrolled"),
        (n.waiting, "notice-waiting"),
        (n.pending, "notice-pending"),
        (n.already, "notice-already"),
        (n.completed, "notice-completed"),
        (n.unmet, "notice-unmet"),
    ] {
        if let Some(v) = v {
            parts.push(ctx.tn(key, &(v as i64)));
        }
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// Everyone's progress through the activity, counted over all its cohorts (also those the
/// user may not see by name).
#[derive(Default)]
struct Tally {
    progress: Progress,
    by_unit: BTreeMap<UnitId, (usize, usize)>,
    completed_at: Vec<i64>,
}

impl Tally {
    fn count(&mut self, o: &learning::Overview, e: &Enrolment) {
        if !e.status.takes_place() {
            return;
        }
        self.progress.enrolled += 1;
        let done = e.status == EnrolStatus::Completed;
        self.progress.completed += u32::from(done);
        self.completed_at.extend(e.completed_at.filter(|_| done));
        if let Some(first) = o.place.units.get(&e.person).and_then(|u| u.first()) {
            let entry = self.by_unit.entry(*first).or_default();
            entry.0 += 1;
            entry.1 += usize::from(done);
        }
    }
}

/// "dd.mm.yyyy hh:mm–hh:mm", with the end's date where it ends another day.
fn session_when(x: &LearningSession) -> String {
    let end = if x.ends_at.date() == x.starts_at.date() { x.ends_at.format("%H:%M") } else { x.ends_at.format("%d.%m.%Y %H:%M") };
    format!("{}–{end}", x.starts_at.format("%d.%m.%Y %H:%M"))
}

/// One cohort as the user may see it, counting everyone into the tally.
fn cohort_view(ctx: &Ctx, o: &learning::Overview, c: &Cohort, tally: &mut Tally, errors: &FieldErrors, failed: Option<i64>) -> CohortView {
    let who = &o.who;
    let sessions: Vec<_> = o.sessions_of(c.id).collect();
    let enrolments: Vec<_> = o.enrolments_of(c.id).collect();
    let now = crate::scope::now_local();
    let held = sessions.iter().filter(|x| x.starts_at <= now).count();
    let mut participants = vec![];
    let mut hidden = 0;
    for e in enrolments.iter().copied().filter(|e| e.status.active()) {
        tally.count(o, e);
        let anc = o.place.ancestries(e.person);
        if !who.sees(c, e.person, &anc) {
            hidden += 1;
            continue;
        }
        let leads = who.leads(&anc);
        let attended = o.attended(c.id, e.person);
        participants.push(ParticipantView {
            enrolment: e.id,
            not_started: held > 0 && attended == 0 && e.status == EnrolStatus::Enrolled,
            name: e.person_name.clone(),
            status_label: ctx.t(&format!("status-{}", e.status.code())),
            attended,
            passed: e.passed,
            may_approve: e.status == EnrolStatus::Pending && who.may_approve(e.person, leads),
            may_cancel: e.status != EnrolStatus::Completed && who.may_cancel(c, e.person, leads),
        });
    }
    let mine_e = who.me.and_then(|p| enrolments.iter().find(|e| e.person == p && e.status.active()));
    let mine = mine_e.map(|e| (e.id, e.status, ctx.t(&format!("status-{}", e.status.code()))));
    let my_goal = mine_e.and_then(|e| e.transfer_goal.clone()).unwrap_or_default();
    let err = |f: &str| if failed == Some(c.id) { errors.get(&format!("{f}-{}", c.id)).map(str::to_string) } else { None };
    CohortView {
        id: c.id,
        name: c.name.clone(),
        capacity: c.capacity,
        taken: enrolments.iter().filter(|e| e.status.takes_place()).count(),
        waiting: enrolments.iter().filter(|e| e.status == EnrolStatus::Waiting).count(),
        facilitators: c.facilitators.iter().filter_map(|f| o.facilitator_names.get(f).map(|n| (f.0, n.clone()))).collect(),
        sessions: sessions.iter().map(|x| SessionView { id: x.id, when: session_when(x), place: x.place.clone() }).collect(),
        can_enrol_self: who.me.is_some() && mine.is_none(),
        mine,
        my_goal,
        runs: who.runs(c),
        can_enrol_others: who.enrols_others(),
        participants,
        hidden,
        err_starts: err("starts"),
        err_ends: err("ends"),
        err_place: err("place"),
        err_unit: err("unit"),
        err_goal: err("goal"),
        err_facilitator: err("facilitator"),
    }
}

/// The units a user may enrol at once, by name: all for HR, the led subtrees for a leader.
fn enrollable_units(o: &learning::Overview) -> Vec<(i64, String)> {
    let (view, who) = (&o.view, &o.who);
    let mut units: Vec<(i64, String)> = view
        .units
        .iter()
        .filter(|u| view.count(u.id) > 0 && (who.manage || view.tree.ancestry(u.id).iter().any(|x| who.led.contains(x))))
        .map(|u| (u.id.0, u.name.clone()))
        .collect();
    units.sort_by(|x, y| x.1.cmp(&y.1));
    units
}

pub async fn render(
    state: &AppState,
    ctx: &Ctx,
    s: &SignedIn,
    id: i64,
    notice: Option<String>,
    errors: FieldErrors,
    failed: Option<i64>,
) -> Result<Response, AppError> {
    let o = learning::overview(state, &s.actor(), id).await?;
    let a = &o.activity;
    let competence = a.competence.and_then(|c| o.catalogue.iter().find(|x| x.id == c)).map(|c| {
        let level = a.level.map(|l| level_name(ctx.lang, &c.scale, l)).unwrap_or_default();
        if level.is_empty() { c.name(ctx.lang).to_string() } else { format!("{} ({level})", c.name(ctx.lang)) }
    });
    let targeted = a.target.and_then(|t| u32::try_from(t).ok()).unwrap_or(0);
    let mut tally = Tally { progress: Progress { targeted, ..Progress::default() }, ..Tally::default() };
    let views = o.cohorts.iter().map(|c| cohort_view(ctx, &o, c, &mut tally, &errors, failed)).collect();
    let (months, target_y) = months(&tally.completed_at, crate::scope::now_local().date(), targeted);
    let mut by_unit: Vec<UnitProgress> = tally
        .by_unit
        .into_iter()
        .map(|(u, (enrolled, completed))| UnitProgress {
            name: o.view.unit(u).map(|x| x.name.clone()).unwrap_or_default(),
            enrolled,
            completed,
        })
        .collect();
    by_unit.sort_by(|x, y| y.enrolled.cmp(&x.enrolled).then(x.name.cmp(&y.name)));
    let has_errors = errors.any();
    let mut r = page(
        ctx,
        &ActivityPage {
            ctx,
            org: o.org.clone(),
            kind: kind_label(ctx, a.kind),
            handle: a.handle.as_deref().and_then(|h| handle_number(h).map(|n| format!("{n}. {}", ctx.t(&format!("handle-{h}"))))),
            competence,
            rule: rule_text(ctx, a.rule),
            progress: tally.progress,
            by_unit,
            months,
            target_y,
            cohorts: views,
            manage: o.who.manage,
            uses_passed: a.rule == CompletionRule::Passed,
            results: crate::learning::views::result_rows(ctx, &o.follow_up),
            hinders: o.follow_up.hinders.clone(),
            units: enrollable_units(&o),
            people: o.people.iter().map(|(p, n)| (p.0, n.clone())).collect(),
            notice,
            errors,
            a: a.clone(),
        },
    )?;
    if has_errors {
        *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

#[derive(Deserialize)]
pub struct CohortForm {
    #[serde(default)]
    cohort_name: String,
    #[serde(default)]
    capacity: String,
    #[serde(default)]
    facilitator: String,
}

/// A person chosen in a form: empty is none; anything not a number names nobody.
fn chosen(v: &str) -> Option<PersonId> {
    match v.trim() {
        "" => None,
        v => Some(PersonId(v.parse().unwrap_or(-1))),
    }
}

/// Renders the activity again with the use case's problems beside the cohort's fields, or
/// passes any other error on.
async fn or_page(
    state: &AppState,
    ctx: &Ctx,
    s: &SignedIn,
    activity: i64,
    cohort: Option<i64>,
    e: saman_app::Error,
) -> Result<Response, AppError> {
    let saman_app::Error::Invalid(problems) = e else { return Err(e.into()) };
    let errors = FieldErrors::from_problems_named(ctx.lang, &problems, |f| {
        let label = match f {
            "name" => "field-cohort-name".to_string(),
            f => format!("field-{}", f.replace('_', "-")),
        };
        let id = match (f, cohort) {
            ("name", None) => "cohort_name".to_string(),
            (f, None) => f.to_string(),
            (f, Some(c)) => format!("{f}-{c}"),
        };
        (id, label)
    });
    render(state, ctx, s, activity, None, errors, cohort).await
}

pub async fn add_cohort(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<CohortForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let d = learning::CohortDraft {
        name: f.cohort_name,
        capacity: input::number(&f.capacity),
        facilitators: chosen(&f.facilitator).into_iter().collect(),
    };
    match learning::add_cohort(&state, &s.actor(), id, &d).await {
        Ok(_) => Ok(Redirect::to(&format!("/learning/{id}#cohorts")).into_response()),
        Err(e) => or_page(&state, &ctx, s, id, None, e).await,
    }
}

#[derive(Deserialize)]
pub struct SessionForm {
    #[serde(default)]
    starts: String,
    #[serde(default)]
    ends: String,
    #[serde(default)]
    place: String,
}

pub async fn add_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(cohort): Path<i64>,
    CsrfForm(f): CsrfForm<SessionForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (starts, ends) = (input::typed(&f.starts, parse::datetime), input::typed(&f.ends, parse::datetime));
    match learning::add_session(&state, &s.actor(), cohort, starts, ends, &f.place).await {
        Ok((seen, _)) => Ok(Redirect::to(&format!("/learning/{}#cohort-{}", seen.activity.id, seen.cohort.id)).into_response()),
        Err(e) => {
            let seen = learning::cohort(&state, &s.actor(), cohort).await?;
            or_page(&state, &ctx, s, seen.activity.id, Some(cohort), e).await
        }
    }
}

#[derive(Deserialize)]
pub struct EnrolForm {
    /// Set by the form for a unit or position code; without it the user enrols themself.
    #[serde(default)]
    group: Option<String>,
    #[serde(default)]
    unit: String,
    #[serde(default)]
    position_code: String,
}

pub async fn enrol(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(cohort): Path<i64>,
    CsrfForm(f): CsrfForm<EnrolForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let seen = learning::cohort(&state, &s.actor(), cohort).await?;
    let target = match (f.group, f.unit.as_str()) {
        (None, _) => Target::Me,
        (Some(_), _) if !seen.who.enrols_others() => return Err(AppError::Forbidden),
        (Some(_), "") => {
            return or_page(&state, &ctx, s, seen.activity.id, Some(cohort), saman_app::Error::invalid("unit", "err-required")).await;
        }
        (Some(_), "all") => Target::Group { unit: None, code: Some(f.position_code) },
        (Some(_), u) => Target::Group { unit: Some(u.parse::<i64>().unwrap_or(-1)), code: Some(f.position_code) },
    };
    let (seen, out) = match learning::enrol(&state, &s.actor(), cohort, target).await {
        Ok(x) => x,
        Err(e) => return or_page(&state, &ctx, s, seen.activity.id, Some(cohort), e).await,
    };
    crate::notify::deliver(&state).await;
    Ok(Redirect::to(&format!(
        "/learning/{}?enrolled={}&waiting={}&pending={}&already={}#cohort-{}",
        seen.activity.id,
        out.enrolled.len(),
        out.waiting.len(),
        out.pending.len(),
        out.already.len(),
        seen.cohort.id
    ))
    .into_response())
}

pub async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let (e, _) = learning::cancel(&state, &s.actor(), id).await?;
    crate::notify::deliver(&state).await;
    Ok(Redirect::to(&format!("/learning/{}#cohort-{}", e.seen.activity.id, e.seen.cohort.id)).into_response())
}

pub async fn approve(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let e = learning::approve(&state, &s.actor(), id).await?;
    crate::notify::deliver(&state).await;
    Ok(Redirect::to(&format!("/learning/{}#cohort-{}", e.seen.activity.id, e.seen.cohort.id)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_completion_chart_keeps_a_running_total_over_twelve_months() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(12, 0, 0).unwrap().and_utc().timestamp();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        assert_eq!(months(&[], today, 600), (vec![], None));
        let (bars, target_y) = months(&[day(2024, 1, 1), day(2026, 1, 5), day(2026, 11, 2), day(2026, 11, 3)], today, 10);
        assert_eq!(target_y, Some(10), "the target is the top of the chart when nobody is past it");
        assert_eq!(months(&[day(2026, 11, 2), day(2026, 11, 3)], today, 1).1, Some(150 - 70), "past the target, the line sits lower");
        assert_eq!(bars.len(), 12);
        assert_eq!((bars[0].label.as_str(), bars[0].count, bars[0].total), ("12.2025", 0, 1), "earlier completions count in the total");
        assert_eq!((bars[1].label.as_str(), bars[1].count, bars[1].total), ("01.2026", 1, 2));
        assert_eq!((bars[11].label.as_str(), bars[11].count, bars[11].total), ("11.2026", 2, 4));
        assert_eq!(bars[11].height, 4 * 140 / 10, "scaled against the target");
        assert!(bars.windows(2).all(|w| w[0].total <= w[1].total && w[0].x < w[1].x));
    }
}

#[derive(Deserialize)]
pub struct FacilitatorForm {
    #[serde(default)]
    facilitator: String,
}

/// HR adds a facilitator to a cohort.
pub async fn add_facilitator(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(cohort): Path<i64>,
    CsrfForm(f): CsrfForm<FacilitatorForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    match learning::add_facilitator(&state, &s.actor(), cohort, chosen(&f.facilitator)).await {
        Ok(seen) => Ok(Redirect::to(&format!("/learning/{}#cohort-{}", seen.activity.id, seen.cohort.id)).into_response()),
        Err(e) => {
            let seen = learning::cohort(&state, &s.actor(), cohort).await?;
            or_page(&state, &ctx, s, seen.activity.id, Some(cohort), e).await
        }
    }
}

/// HR removes a facilitator from a cohort.
pub async fn remove_facilitator(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((cohort, person)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let seen = learning::remove_facilitator(&state, &s.actor(), cohort, PersonId(person)).await?;
    Ok(Redirect::to(&format!("/learning/{}#cohort-{}", seen.activity.id, seen.cohort.id)).into_response())
}
