//! Mentoring and peer-coaching programmes: the list with one's own pairs, a programme's page
//! (joining as mentor or mentee; for the coordinator the participants, the matching with
//! why each pair fits, locking and forbidding pairs), and answering a proposed pair.

use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::mentoring::{coordinates, org_for_new, run, sees, sides};
use crate::mobility::Seat;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use saman_domain::experts::Visibility;
use saman_domain::mentoring::{Across, Reason, Rules, fit};
use saman_domain::{Lang, parse};
use saman_store::{NewProgramme, Pair, Participant, Programme};
use serde::Deserialize;
use std::collections::HashMap;

pub const KINDS: [&str; 2] = ["mentoring", "peer_coaching"];

pub struct ProgrammeLine {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub mentors: usize,
    pub mentees: usize,
}

/// A pair as shown to its two people or the coordinator.
pub struct PairView {
    pub id: i64,
    pub programme: i64,
    pub programme_title: String,
    pub mentor: String,
    pub mentee: String,
    pub state: String,
    pub state_code: String,
    pub score: i64,
    /// Width of the score bar (of 120).
    pub bar: i64,
    pub why: Vec<String>,
    /// The user's side in the pair and whether they may still answer.
    pub my_side: Option<&'static str>,
    pub may_answer: bool,
}

fn reason_text(ctx: &Ctx, r: &Reason, names: &HashMap<i64, String>) -> String {
    match r {
        Reason::Complements(c) => {
            ctx.t1("mentoring-why-complements", "list", &c.iter().filter_map(|x| names.get(x).cloned()).collect::<Vec<_>>().join(", "))
        }
        Reason::SharedGoals(w) => ctx.t1("mentoring-why-goals", "list", &w.join(", ")),
        Reason::AcrossUnits => ctx.t("mentoring-why-units"),
        Reason::AcrossProfessions => ctx.t("mentoring-why-professions"),
        Reason::AcrossOrganisations => ctx.t("mentoring-why-organisations"),
    }
}

pub fn pair_view(
    ctx: &Ctx,
    s: &SignedIn,
    p: &Programme,
    x: &Pair,
    people: &HashMap<i64, &Participant>,
    names: &HashMap<i64, String>,
) -> PairView {
    let name = |id: i64| people.get(&id).map(|q| q.person_name.clone()).unwrap_or_default();
    let me = |id: i64| people.get(&id).is_some_and(|q| s.access.person == Some((q.person_org, q.person)));
    let my_side = if me(x.mentor) {
        Some("mentor")
    } else if me(x.mentee) {
        Some("mentee")
    } else {
        None
    };
    let answered = match my_side {
        Some("mentor") => !x.mentor_answer.is_empty(),
        Some(_) => !x.mentee_answer.is_empty(),
        None => true,
    };
    PairView {
        id: x.id,
        programme: p.id,
        programme_title: p.title.clone(),
        mentor: name(x.mentor),
        mentee: name(x.mentee),
        state: ctx.t(&format!("mentoring-pair-{}", x.state)),
        state_code: x.state.clone(),
        score: x.score,
        bar: x.score * 120 / saman_domain::mentoring::MAX_SCORE,
        why: x.reasons.iter().map(|r| reason_text(ctx, r, names)).collect(),
        may_answer: my_side.is_some() && !answered && matches!(x.state.as_str(), "proposed" | "locked"),
        my_side,
    }
}

async fn competence_names(state: &AppState, ctx: &Ctx, p: &Programme) -> Result<HashMap<i64, String>, AppError> {
    Ok(state.catalogues.get(&state.db, Some(p.org)).await?.iter().map(|c| (c.id.0, c.name(ctx.lang).to_string())).collect())
}

#[derive(Template)]
#[template(path = "mentoring.html")]
struct ListPage<'a> {
    ctx: &'a Ctx,
    programmes: Vec<ProgrammeLine>,
    pairs: Vec<PairView>,
    may_create: bool,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let seat = Seat::load(&state, &s.access).await?;
    let orgs: Vec<_> = seat.orgs.iter().map(|o| o.id).collect();
    let mut programmes = vec![];
    let mut pairs = vec![];
    for p in state.db.mentoring().in_orgs(&orgs).await? {
        if !sees(s, &seat, &p) {
            continue;
        }
        let people = state.db.mentoring().participants(p.id).await?;
        let by_id: HashMap<i64, &Participant> = people.iter().map(|x| (x.id, x)).collect();
        let names = competence_names(&state, &ctx, &p).await?;
        for x in state.db.mentoring().pairs(p.id).await? {
            let v = pair_view(&ctx, s, &p, &x, &by_id, &names);
            if v.my_side.is_some() && x.state != "declined" {
                pairs.push(v);
            }
        }
        programmes.push(ProgrammeLine {
            id: p.id,
            kind: ctx.t(&format!("mentoring-kind-{}", p.kind.replace('_', "-"))),
            mentors: people.iter().filter(|x| x.role == "mentor").count(),
            mentees: people.iter().filter(|x| x.role == "mentee").count(),
            title: p.title,
        });
    }
    page(&ctx, &ListPage { ctx: &ctx, programmes, pairs, may_create: org_for_new(s).is_some() })
}

#[derive(Deserialize, Default, Clone)]
pub struct ProgrammeForm {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub reach: String,
    #[serde(default)]
    pub across_units: String,
    #[serde(default)]
    pub across_professions: String,
}

#[derive(Template)]
#[template(path = "programme_new.html")]
struct NewPage<'a> {
    ctx: &'a Ctx,
    f: ProgrammeForm,
    errors: FieldErrors,
    kinds: Vec<(&'static str, String)>,
    across: Vec<(&'static str, String)>,
}

fn new_page(ctx: &Ctx, f: ProgrammeForm, errors: FieldErrors) -> Result<Response, AppError> {
    let kinds = KINDS.iter().map(|k| (*k, ctx.t(&format!("mentoring-kind-{}", k.replace('_', "-"))))).collect();
    let across = Across::ALL.iter().map(|a| (a.code(), ctx.t(&format!("mentoring-across-{}", a.code())))).collect();
    let bad = errors.any();
    let mut r = page(ctx, &NewPage { ctx, f, errors, kinds, across })?;
    if bad {
        *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

pub async fn new(State(_state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    if org_for_new(s).is_none() {
        return Err(AppError::Forbidden);
    }
    new_page(
        &ctx,
        ProgrammeForm {
            kind: "mentoring".into(),
            reach: "org".into(),
            across_units: "preferred".into(),
            across_professions: "any".into(),
            ..ProgrammeForm::default()
        },
        FieldErrors::default(),
    )
}

pub fn check_programme(lang: Lang, f: &ProgrammeForm) -> Result<NewProgramme, FieldErrors> {
    let mut e = FieldErrors::default();
    let title = e.check(lang, "title", "field-title", parse::text(&f.title, 200));
    let description = e.check(lang, "description", "field-description", parse::text(&f.description, 4000));
    let kind = KINDS.iter().find(|k| **k == f.kind).copied();
    if kind.is_none() {
        e.add(lang, "kind", "field-mentoring-kind", if f.kind.is_empty() { "err-required" } else { "err-bad-choice" });
    }
    let reach = Visibility::parse(&f.reach).filter(|v| *v != Visibility::Unit);
    if reach.is_none() {
        e.add(lang, "reach-org", "field-mobility-reach", "err-required");
    }
    let units = Across::parse(&f.across_units);
    if units.is_none() {
        e.add(lang, "across_units", "field-across-units", "err-required");
    }
    let professions = Across::parse(&f.across_professions);
    if professions.is_none() {
        e.add(lang, "across_professions", "field-across-professions", "err-required");
    }
    match (title, description, kind, reach, units, professions, e.any()) {
        (Some(title), Some(description), Some(kind), Some(reach), Some(units), Some(professions), false) => {
            Ok(NewProgramme { title, description, kind, reach, rules: Rules { units, professions } })
        }
        _ => Err(e),
    }
}

pub async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<ProgrammeForm>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let Some(org) = org_for_new(s) else { return Err(AppError::Forbidden) };
    let n = match check_programme(ctx.lang, &f) {
        Ok(n) => n,
        Err(e) => return new_page(&ctx, f, e),
    };
    let id = state.db.mentoring().create(&ctx.actor(), org, &n).await?;
    Ok(Redirect::to(&format!("/mentoring/{id}")).into_response())
}

pub struct ParticipantView {
    pub id: i64,
    pub name: String,
    pub capacity: i64,
    pub paired: usize,
    pub goals: String,
}

#[derive(Template)]
#[template(path = "programme.html")]
struct ProgrammePage<'a> {
    ctx: &'a Ctx,
    p: Programme,
    kind: String,
    rules: String,
    coordinates: bool,
    joined: Option<String>,
    may_join: bool,
    mentors: Vec<ParticipantView>,
    mentees: Vec<ParticipantView>,
    pairs: Vec<PairView>,
    rules_list: Vec<(String, String, String)>,
    unmatched: Vec<String>,
    competences: Vec<(i64, String)>,
    f: JoinForm,
    comp_fields: Vec<(&'static str, String)>,
    errors: FieldErrors,
}

#[derive(Deserialize, Default, Clone)]
pub struct JoinForm {
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub capacity: String,
    #[serde(default)]
    pub goals: String,
    #[serde(default)]
    pub competence_1: String,
    #[serde(default)]
    pub competence_2: String,
    #[serde(default)]
    pub competence_3: String,
}

pub async fn visible(state: &AppState, s: &SignedIn, id: i64) -> Result<Programme, AppError> {
    let p = state.db.mentoring().get(id).await?;
    let seat = Seat::load(state, &s.access).await?;
    if sees(s, &seat, &p) { Ok(p) } else { Err(AppError::NotFound) }
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    render(&state, &ctx, s, id, JoinForm { role: "mentee".into(), capacity: "2".into(), ..JoinForm::default() }, FieldErrors::default())
        .await
}

async fn render(state: &AppState, ctx: &Ctx, s: &SignedIn, id: i64, f: JoinForm, errors: FieldErrors) -> Result<Response, AppError> {
    let p = visible(state, s, id).await?;
    let coord = coordinates(s, &p);
    let people = state.db.mentoring().participants(p.id).await?;
    let by_id: HashMap<i64, &Participant> = people.iter().map(|x| (x.id, x)).collect();
    let names = competence_names(state, ctx, &p).await?;
    let all_pairs = state.db.mentoring().pairs(p.id).await?;
    let live: Vec<&Pair> = all_pairs.iter().filter(|x| x.state != "declined").collect();
    let pairs: Vec<PairView> =
        live.iter().map(|x| pair_view(ctx, s, &p, x, &by_id, &names)).filter(|v| coord || v.my_side.is_some()).collect();
    let mine = people.iter().find(|x| s.access.person == Some((x.person_org, x.person)));
    let view = |role: &str| -> Vec<ParticipantView> {
        people
            .iter()
            .filter(|x| x.role == role)
            .map(|x| ParticipantView {
                id: x.id,
                name: x.person_name.clone(),
                capacity: x.capacity,
                paired: live.iter().filter(|y| y.mentor == x.id || y.mentee == x.id).count(),
                goals: x.goals.clone(),
            })
            .collect()
    };
    let (mentors, mentees) = if coord { (view("mentor"), view("mentee")) } else { (vec![], vec![]) };
    let unmatched =
        if coord && p.matched_at.is_some() { mentees.iter().filter(|m| m.paired == 0).map(|m| m.name.clone()).collect() } else { vec![] };
    let rules_list = if coord {
        state
            .db
            .mentoring()
            .rules(p.id)
            .await?
            .into_iter()
            .map(|(a, b, r)| {
                (
                    by_id.get(&a).map(|x| x.person_name.clone()).unwrap_or_default(),
                    by_id.get(&b).map(|x| x.person_name.clone()).unwrap_or_default(),
                    ctx.t(&format!("mentoring-rule-{r}")),
                )
            })
            .collect()
    } else {
        vec![]
    };
    let competences = crate::competence::options(ctx.lang, &state.catalogues.get(&state.db, Some(p.org)).await?);
    let comp_fields =
        vec![("competence_1", f.competence_1.clone()), ("competence_2", f.competence_2.clone()), ("competence_3", f.competence_3.clone())];
    let bad = errors.any();
    let rules = format!(
        "{} · {}",
        ctx.t1("mentoring-rule-units", "rule", &ctx.t(&format!("mentoring-across-{}", p.rules.units.code()))),
        ctx.t1("mentoring-rule-professions", "rule", &ctx.t(&format!("mentoring-across-{}", p.rules.professions.code())))
    );
    let mut r = page(
        ctx,
        &ProgrammePage {
            ctx,
            kind: ctx.t(&format!("mentoring-kind-{}", p.kind.replace('_', "-"))),
            rules,
            coordinates: coord,
            joined: mine.map(|x| ctx.t(&format!("mentoring-role-{}", x.role))),
            may_join: mine.is_none() && s.access.person.is_some(),
            mentors,
            mentees,
            pairs,
            rules_list,
            unmatched,
            competences,
            f,
            comp_fields,
            errors,
            p,
        },
    )?;
    if bad {
        *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

/// Checks a join form: role, a mentor's capacity, goals, and up to three competences.
pub fn check_join(lang: Lang, f: &JoinForm, known: &[(i64, String)]) -> Result<(String, i64, String, Vec<i64>), FieldErrors> {
    let mut e = FieldErrors::default();
    let role = match f.role.as_str() {
        "mentor" | "mentee" => Some(f.role.clone()),
        _ => {
            e.add(lang, "role-mentee", "field-mentoring-role", "err-required");
            None
        }
    };
    let capacity =
        if f.role == "mentor" { e.check(lang, "capacity", "field-mentoring-capacity", parse::whole(&f.capacity, 1, 10)) } else { Some(0) };
    let goals = e.check(lang, "goals", "field-mentoring-goals", parse::text(&f.goals, 2000));
    let comps =
        crate::competence::choices(lang, &mut e, [&f.competence_1, &f.competence_2, &f.competence_3], |id| known.iter().any(|k| k.0 == id));
    match (role, capacity, goals, e.any()) {
        (Some(r), Some(c), Some(g), false) => Ok((r, c, g, comps)),
        _ => Err(e),
    }
}

pub async fn join(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<JoinForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let p = visible(&state, s, id).await?;
    let Some((org, person)) = s.access.person else { return Err(AppError::Forbidden) };
    let known = crate::competence::options(ctx.lang, &state.catalogues.get(&state.db, Some(p.org)).await?);
    let (role, capacity, goals, comps) = match check_join(ctx.lang, &f, &known) {
        Ok(x) => x,
        Err(e) => return render(&state, &ctx, s, id, f, e).await,
    };
    state.db.mentoring().join(&ctx.actor(), p.id, person, org, &role, capacity, &goals, &comps).await?;
    Ok(Redirect::to(&format!("/mentoring/{id}")).into_response())
}

/// The coordinator runs the matching (again).
pub async fn run_matching(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let p = visible(&state, s, id).await?;
    if !coordinates(s, &p) {
        return Err(AppError::Forbidden);
    }
    run(&state, s, &p, false).await?;
    Ok(Redirect::to(&format!("/mentoring/{id}#pairs")).into_response())
}

#[derive(Deserialize, Default)]
pub struct RuleForm {
    #[serde(default)]
    pub mentor: String,
    #[serde(default)]
    pub mentee: String,
    #[serde(default)]
    pub rule: String,
}

/// The coordinator locks or forbids a pair; a lock must be one the rules allow and the
/// mentor must have room.
pub async fn set_rule(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<RuleForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let p = visible(&state, s, id).await?;
    if !coordinates(s, &p) {
        return Err(AppError::Forbidden);
    }
    let people = state.db.mentoring().participants(p.id).await?;
    let find = |v: &str, role: &str| v.parse::<i64>().ok().and_then(|i| people.iter().find(|x| x.id == i && x.role == role));
    let mut e = FieldErrors::default();
    let mentor = find(&f.mentor, "mentor");
    if mentor.is_none() {
        e.add(ctx.lang, "rule-mentor", "mentoring-role-mentor", if f.mentor.is_empty() { "err-required" } else { "err-bad-choice" });
    }
    let mentee = find(&f.mentee, "mentee");
    if mentee.is_none() {
        e.add(ctx.lang, "rule-mentee", "mentoring-role-mentee", if f.mentee.is_empty() { "err-required" } else { "err-bad-choice" });
    }
    if f.rule != "lock" && f.rule != "forbid" {
        e.add(ctx.lang, "rule", "mentoring-rule", "err-bad-choice");
    }
    let (Some(mentor), Some(mentee), false) = (mentor, mentee, e.any()) else {
        return render(&state, &ctx, s, id, JoinForm::default(), e).await;
    };
    let mut seat = Seat::load(&state, &s.access).await?;
    let sides = sides(&state, &mut seat, &[mentor.clone(), mentee.clone()]).await?;
    let fitness = match (sides.get(&mentor.id), sides.get(&mentee.id)) {
        (Some(a), Some(b)) => fit(a, b, &p.rules),
        _ => None,
    };
    if f.rule == "lock" {
        let pairs = state.db.mentoring().pairs(p.id).await?;
        let load = pairs.iter().filter(|x| x.mentor == mentor.id && x.mentee != mentee.id && x.kept()).count() as i64;
        let settled = pairs.iter().any(|x| x.mentee == mentee.id && x.state == "accepted");
        let refused = match &fitness {
            None => Some("mentoring-refused-not-allowed"),
            Some(_) if settled => Some("mentoring-refused-settled"),
            Some(_) if load >= mentor.capacity => Some("mentoring-refused-full"),
            Some(_) => None,
        };
        if let Some(key) = refused {
            e.add(ctx.lang, "rule-mentor", "mentoring-role-mentor", key);
            return render(&state, &ctx, s, id, JoinForm::default(), e).await;
        }
        let (score, reasons) = fitness.unwrap_or((0, vec![]));
        state.db.mentoring().set_rule(&ctx.actor(), p.id, mentor.id, mentee.id, "lock", Some((score, &reasons))).await?;
    } else {
        state.db.mentoring().set_rule(&ctx.actor(), p.id, mentor.id, mentee.id, "forbid", None).await?;
    }
    Ok(Redirect::to(&format!("/mentoring/{id}#pairs")).into_response())
}

#[derive(Deserialize, Default)]
pub struct AnswerForm {
    #[serde(default)]
    pub answer: String,
}

/// One side of a pair says yes or no. A no re-runs the matching for those still without a
/// pair, leaving accepted pairs as they are.
pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<AnswerForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    let x = state.db.mentoring().pair(id).await?;
    let p = visible(&state, s, x.programme).await?;
    let people = state.db.mentoring().participants(p.id).await?;
    let me = |pid: i64| people.iter().any(|q| q.id == pid && s.access.person == Some((q.person_org, q.person)));
    let mentor_side = if me(x.mentor) {
        true
    } else if me(x.mentee) {
        false
    } else {
        return Err(if coordinates(s, &p) { AppError::Forbidden } else { AppError::NotFound });
    };
    let yes = match f.answer.as_str() {
        "yes" => true,
        "no" => false,
        _ => return Err(AppError::bad("err-bad-choice", "answer")),
    };
    let state_now = state.db.mentoring().answer(&ctx.actor(), id, mentor_side, yes).await?;
    if state_now == "declined" {
        // Those the decline freed are re-matched under the programme's rules; every other pair stays.
        run(&state, s, &p, true).await?;
    }
    Ok(Redirect::to(&format!("/mentoring/{}", p.id)).into_response())
}
