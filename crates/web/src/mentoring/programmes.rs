//! Mentoring and peer-coaching programmes: the list with one's own pairs, a programme's page
//! (joining as mentor or mentee; for the coordinator the participants, the matching with
//! why each pair fits, locking and forbidding pairs), and answering a proposed pair.

use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::form::{CsrfForm, Empty};
use crate::formerr::FieldErrors;
use crate::state::AppState;
use crate::view::page;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use saman_app::input;
use saman_app::mentoring::{self, JoinDraft, ProgrammeDraft, org_for_new};
use saman_app::records::{Pair, Participant, Programme};
use saman_domain::mentoring::{Across, PairRule, PairState, Part, ProgrammeKind, Reason};
use serde::Deserialize;
use std::collections::HashMap;

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
    let me = |id: i64| people.get(&id).is_some_and(|q| mentoring::is_me(&s.access, q));
    let my_side = if me(x.mentor) {
        Some("mentor")
    } else if me(x.mentee) {
        Some("mentee")
    } else {
        None
    };
    let answered = match my_side {
        Some("mentor") => x.mentor_answer.is_some(),
        Some(_) => x.mentee_answer.is_some(),
        None => true,
    };
    PairView {
        id: x.id,
        programme: p.id,
        programme_title: p.title.clone(),
        mentor: name(x.mentor),
        mentee: name(x.mentee),
        state: ctx.t(&format!("mentoring-pair-{}", x.state.code())),
        state_code: x.state.code().to_string(),
        score: x.score,
        bar: x.score * 120 / saman_domain::mentoring::MAX_SCORE,
        why: x.reasons.iter().map(|r| reason_text(ctx, r, names)).collect(),
        may_answer: my_side.is_some() && !answered && x.state.open(),
        my_side,
    }
}

async fn competence_names(state: &AppState, ctx: &Ctx, p: &Programme) -> Result<HashMap<i64, String>, AppError> {
    Ok(state.catalogue(Some(p.org)).await?.iter().map(|c| (c.id.0, c.name(ctx.lang).to_string())).collect())
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
    let mut programmes = vec![];
    let mut pairs = vec![];
    for d in mentoring::list(&state, &s.actor()).await? {
        let p = d.seen.programme;
        let by_id: HashMap<i64, &Participant> = d.people.iter().map(|x| (x.id, x)).collect();
        let names = competence_names(&state, &ctx, &p).await?;
        for x in d.pairs.iter().filter(|x| x.state != PairState::Declined) {
            let v = pair_view(&ctx, s, &p, x, &by_id, &names);
            if v.my_side.is_some() {
                pairs.push(v);
            }
        }
        programmes.push(ProgrammeLine {
            id: p.id,
            kind: kind_label(&ctx, p.kind),
            mentors: d.people.iter().filter(|x| x.role == Part::Mentor).count(),
            mentees: d.people.iter().filter(|x| x.role == Part::Mentee).count(),
            title: p.title,
        });
    }
    page(&ctx, &ListPage { ctx: &ctx, programmes, pairs, may_create: org_for_new(&s.access).is_some() })
}

fn kind_label(ctx: &Ctx, k: ProgrammeKind) -> String {
    ctx.t(&format!("mentoring-kind-{}", k.code().replace('_', "-")))
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
    let kinds = ProgrammeKind::ALL.iter().map(|k| (k.code(), kind_label(ctx, *k))).collect();
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
    if org_for_new(&s.access).is_none() {
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

impl ProgrammeForm {
    pub fn draft(&self) -> ProgrammeDraft {
        ProgrammeDraft {
            title: self.title.clone(),
            description: self.description.clone(),
            kind: self.kind.clone(),
            reach: self.reach.clone(),
            across_units: self.across_units.clone(),
            across_professions: self.across_professions.clone(),
        }
    }
}

/// The form's id and label for a field a use case names.
fn field_name(f: &str) -> (String, String) {
    let (id, label) = match f {
        "kind" => ("kind", "field-mentoring-kind"),
        "reach" => ("reach-org", "field-mobility-reach"),
        "role" => ("role-mentee", "field-mentoring-role"),
        "capacity" => ("capacity", "field-mentoring-capacity"),
        "goals" => ("goals", "field-mentoring-goals"),
        "mentor" => ("rule-mentor", "mentoring-role-mentor"),
        "mentee" => ("rule-mentee", "mentoring-role-mentee"),
        "rule" => ("rule", "mentoring-rule"),
        f if f.starts_with("competence_") => (f, "field-competence"),
        f => return (f.to_string(), format!("field-{}", f.replace('_', "-"))),
    };
    (id.to_string(), label.to_string())
}

pub async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<ProgrammeForm>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    match mentoring::create(&state, &s.actor(), &f.draft()).await {
        Ok(id) => Ok(Redirect::to(&format!("/mentoring/{id}")).into_response()),
        Err(e) => new_page(&ctx, f, FieldErrors::from_error(ctx.lang, e, field_name)?),
    }
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

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    render(&state, &ctx, s, id, JoinForm { role: "mentee".into(), capacity: "2".into(), ..JoinForm::default() }, FieldErrors::default())
        .await
}

/// A pair the coordinator locked or forbade: the two names and the rule.
fn rule_line(ctx: &Ctx, by_id: &HashMap<i64, &Participant>, a: i64, b: i64, r: PairRule) -> (String, String, String) {
    let name = |x: i64| by_id.get(&x).map(|x| x.person_name.clone()).unwrap_or_default();
    (name(a), name(b), ctx.t(&format!("mentoring-rule-{}", r.code())))
}

/// The programme's matching rules across units and professions, as a line.
fn rules_text(ctx: &Ctx, p: &Programme) -> String {
    let across = |a: Across| ctx.t(&format!("mentoring-across-{}", a.code()));
    format!(
        "{} · {}",
        ctx.t1("mentoring-rule-units", "rule", &across(p.rules.units)),
        ctx.t1("mentoring-rule-professions", "rule", &across(p.rules.professions))
    )
}

async fn render(state: &AppState, ctx: &Ctx, s: &SignedIn, id: i64, f: JoinForm, errors: FieldErrors) -> Result<Response, AppError> {
    let d = mentoring::detail(state, &s.actor(), id).await?;
    let (p, coord, people) = (d.seen.programme, d.seen.coordinates, d.people);
    let by_id: HashMap<i64, &Participant> = people.iter().map(|x| (x.id, x)).collect();
    let names = competence_names(state, ctx, &p).await?;
    let live: Vec<&Pair> = d.pairs.iter().filter(|x| x.state != PairState::Declined).collect();
    let pairs: Vec<PairView> = live.iter().map(|x| pair_view(ctx, s, &p, x, &by_id, &names)).collect();
    let mine = people.iter().find(|x| mentoring::is_me(&s.access, x));
    let view = |role: Part| -> Vec<ParticipantView> {
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
    let (mentors, mentees) = if coord { (view(Part::Mentor), view(Part::Mentee)) } else { (vec![], vec![]) };
    let unmatched =
        if coord && p.matched_at.is_some() { mentees.iter().filter(|m| m.paired == 0).map(|m| m.name.clone()).collect() } else { vec![] };
    let rules_list = d.rules.iter().map(|(a, b, r)| rule_line(ctx, &by_id, *a, *b, *r)).collect();
    let competences = crate::competence::options(ctx.lang, &state.catalogue(Some(p.org)).await?);
    let comp_fields =
        vec![("competence_1", f.competence_1.clone()), ("competence_2", f.competence_2.clone()), ("competence_3", f.competence_3.clone())];
    let bad = errors.any();
    let rules = rules_text(ctx, &p);
    let mut r = page(
        ctx,
        &ProgrammePage {
            ctx,
            kind: kind_label(ctx, p.kind),
            rules,
            coordinates: coord,
            joined: mine.map(|x| ctx.t(&format!("mentoring-role-{}", x.role.code()))),
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

impl JoinForm {
    pub fn draft(&self) -> JoinDraft {
        JoinDraft {
            role: self.role.clone(),
            capacity: if self.role == "mentor" { input::number(&self.capacity) } else { Ok(None) },
            goals: self.goals.clone(),
            competences: vec![
                ("competence_1", input::number(&self.competence_1)),
                ("competence_2", input::number(&self.competence_2)),
                ("competence_3", input::number(&self.competence_3)),
            ],
        }
    }
}

pub async fn join(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(f): CsrfForm<JoinForm>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    match mentoring::join(&state, &s.actor(), id, &f.draft()).await {
        Ok(_) => Ok(Redirect::to(&format!("/mentoring/{id}")).into_response()),
        Err(e) => {
            let errors = FieldErrors::from_error(ctx.lang, e, field_name)?;
            render(&state, &ctx, s, id, f, errors).await
        }
    }
}

/// The coordinator runs the matching (again).
pub async fn run_matching(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let s = ctx.require_user()?;
    mentoring::run_matching(&state, &s.actor(), id).await?;
    crate::notify::deliver(&state).await;
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
    match mentoring::set_rule(&state, &s.actor(), id, input::number(&f.mentor), input::number(&f.mentee), &f.rule).await {
        Ok(_) => Ok(Redirect::to(&format!("/mentoring/{id}#pairs")).into_response()),
        Err(e) => {
            let errors = FieldErrors::from_error(ctx.lang, e, field_name)?;
            render(&state, &ctx, s, id, JoinForm::default(), errors).await
        }
    }
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
    let (seen, _) = mentoring::answer(&state, &s.actor(), id, &f.answer).await?;
    crate::notify::deliver(&state).await;
    Ok(Redirect::to(&format!("/mentoring/{}", seen.programme.id)).into_response())
}
