//! Mentoring and peer-coaching programmes: HR creates and coordinates them (matching, locking
//! and forbidding pairs); people the programme reaches join as mentor or mentee and answer
//! the pairs proposed to them. One rule each, for every door.

mod matching;

pub use crate::access::mentoring::{coordinates, is_me, org_for_new, sees};
pub use matching::{run, sides};

use crate::access::mobility::Seat;
use crate::input::Parsed;
use crate::{Actor, App, Error, Problems, Result};
use saman_domain::experts::Visibility;
use saman_domain::mentoring::{Across, Answer, PairRule, PairState, Part, ProgrammeKind, Rules, fit};
use saman_domain::parse;
use saman_store::{NewProgramme, Pair, Participant, Programme};

/// A programme with what the actor may do in it.
pub struct Seen {
    pub programme: Programme,
    pub coordinates: bool,
}

/// The programme, if it reaches the actor; otherwise not found.
pub async fn programme(app: &App, actor: &Actor, id: i64) -> Result<Seen> {
    let p = app.db.mentoring().get(id).await?;
    let seat = Seat::load(app, &actor.access).await?;
    if !sees(&actor.access, &seat, &p) {
        return Err(Error::NotFound);
    }
    Ok(Seen { coordinates: coordinates(&actor.access, &p), programme: p })
}

/// A programme with its participants and the pairs the actor may see: every pair for the
/// coordinator, one's own otherwise.
pub struct Detail {
    pub seen: Seen,
    pub people: Vec<Participant>,
    pub pairs: Vec<Pair>,
    /// The coordinator's rules (for the coordinator only).
    pub rules: Vec<(i64, i64, PairRule)>,
}

/// The programme's detail as the actor may see it.
pub async fn detail(app: &App, actor: &Actor, id: i64) -> Result<Detail> {
    let seen = programme(app, actor, id).await?;
    fill(app, actor, seen).await
}

/// The participants, the pairs the actor may see and (for the coordinator) the rules.
async fn fill(app: &App, actor: &Actor, seen: Seen) -> Result<Detail> {
    let id = seen.programme.id;
    let people = app.db.mentoring().participants(id).await?;
    let mine = |pid: i64| people.iter().any(|x| x.id == pid && is_me(&actor.access, x));
    let pairs = app.db.mentoring().pairs(id).await?.into_iter().filter(|x| seen.coordinates || mine(x.mentor) || mine(x.mentee)).collect();
    let rules = if seen.coordinates { app.db.mentoring().rules(id).await? } else { vec![] };
    Ok(Detail { seen, people, pairs, rules })
}

/// Every programme that reaches the actor, newest first, each with its detail.
pub async fn list(app: &App, actor: &Actor) -> Result<Vec<Detail>> {
    let seat = Seat::load(app, &actor.access).await?;
    let orgs: Vec<_> = seat.orgs.iter().map(|o| o.id).collect();
    let mut out = vec![];
    for p in app.db.mentoring().in_orgs(&orgs).await? {
        if sees(&actor.access, &seat, &p) {
            out.push(fill(app, actor, Seen { coordinates: coordinates(&actor.access, &p), programme: p }).await?);
        }
    }
    Ok(out)
}

/// A programme as HR entered it (codes as the forms and the API send them).
#[derive(Debug, Clone)]
pub struct ProgrammeDraft {
    pub title: String,
    pub description: String,
    pub kind: String,
    pub reach: String,
    pub across_units: String,
    pub across_professions: String,
}

/// Checks a programme draft; every problem names its field.
pub fn check_programme(d: &ProgrammeDraft) -> Result<NewProgramme> {
    let mut p = Problems::default();
    let title = p.check("title", parse::text(&d.title, 200));
    let description = p.check("description", parse::text(&d.description, 4000));
    let kind = ProgrammeKind::parse(&d.kind);
    if kind.is_none() {
        p.add("kind", if d.kind.is_empty() { "err-required" } else { "err-bad-choice" });
    }
    let reach = Visibility::parse(&d.reach).filter(|v| *v != Visibility::Unit);
    if reach.is_none() {
        p.add("reach", "err-required");
    }
    let units = Across::parse(&d.across_units);
    if units.is_none() {
        p.add("across_units", "err-required");
    }
    let professions = Across::parse(&d.across_professions);
    if professions.is_none() {
        p.add("across_professions", "err-required");
    }
    p.done()?;
    match (title, description, kind, reach, units, professions) {
        (Some(title), Some(description), Some(kind), Some(reach), Some(units), Some(professions)) => {
            Ok(NewProgramme { title, description, kind, reach, rules: Rules { units, professions } })
        }
        _ => Err(Error::invalid("title", "err-required")),
    }
}

/// HR creates a programme in their organisation.
pub async fn create(app: &App, actor: &Actor, d: &ProgrammeDraft) -> Result<i64> {
    let Some(org) = org_for_new(&actor.access) else { return Err(Error::Forbidden) };
    let n = check_programme(d)?;
    Ok(app.db.mentoring().create(&actor.audit(), org, &n).await?)
}

/// Joining as someone entered it.
#[derive(Debug, Clone)]
pub struct JoinDraft {
    /// `mentor` or `mentee`.
    pub role: String,
    /// How many mentees a mentor takes; not asked of mentees.
    pub capacity: Parsed<i64>,
    pub goals: String,
    /// Up to three competences (offered by a mentor, wanted by a mentee), each with its field.
    pub competences: Vec<(&'static str, Parsed<i64>)>,
}

/// The actor joins a programme that reaches them, once.
pub async fn join(app: &App, actor: &Actor, id: i64, d: &JoinDraft) -> Result<Seen> {
    let seen = programme(app, actor, id).await?;
    let Some((org, person)) = actor.access.person else { return Err(Error::Forbidden) };
    let known = app.catalogues.get(&app.db, Some(seen.programme.org)).await?;
    let mut p = Problems::default();
    let role = Part::parse(&d.role);
    if role.is_none() {
        p.add("role", "err-required");
    }
    let capacity = if role == Some(Part::Mentor) { p.required_within("capacity", d.capacity, 1, 10) } else { Some(0) };
    let goals = p.check("goals", parse::text(&d.goals, 2000));
    let mut comps = vec![];
    for (field, v) in &d.competences {
        match v {
            Ok(None) => {}
            Ok(Some(c)) if known.iter().any(|k| k.id.0 == *c) => {
                if !comps.contains(c) {
                    comps.push(*c);
                }
            }
            _ => p.add(field, "err-bad-choice"),
        }
    }
    p.done()?;
    let (Some(role), Some(capacity), Some(goals)) = (role, capacity, goals) else { return Err(Error::invalid("role", "err-required")) };
    app.db.mentoring().join(&actor.audit(), id, person, org, role, capacity, &goals, &comps).await?;
    Ok(seen)
}

/// The coordinator runs the matching (again). Answers the mentees left without a pair.
pub async fn run_matching(app: &App, actor: &Actor, id: i64) -> Result<Vec<i64>> {
    let seen = programme(app, actor, id).await?;
    if !seen.coordinates {
        return Err(Error::Forbidden);
    }
    Ok(run(app, actor, &seen.programme, false).await?.unmatched)
}

/// The coordinator locks or forbids a pair. A lock must be one the programme's rules allow,
/// for a mentee not already settled, with a mentor who has room.
pub async fn set_rule(app: &App, actor: &Actor, id: i64, mentor: Parsed<i64>, mentee: Parsed<i64>, rule: &str) -> Result<Seen> {
    let seen = programme(app, actor, id).await?;
    if !seen.coordinates {
        return Err(Error::Forbidden);
    }
    let people = app.db.mentoring().participants(id).await?;
    let mut p = Problems::default();
    let mut find = |field: &'static str, v: Parsed<i64>, role: Part| {
        let found = v.ok().flatten().and_then(|i| people.iter().find(|x| x.id == i && x.role == role));
        if found.is_none() {
            p.add(field, if matches!(v, Ok(None)) { "err-required" } else { "err-bad-choice" });
        }
        found
    };
    let (mentor, mentee) = (find("mentor", mentor, Part::Mentor), find("mentee", mentee, Part::Mentee));
    let rule = PairRule::parse(rule);
    if rule.is_none() {
        p.add("rule", "err-bad-choice");
    }
    p.done()?;
    let (Some(mentor), Some(mentee), Some(rule)) = (mentor, mentee, rule) else { return Err(Error::invalid("rule", "err-bad-choice")) };
    let store = app.db.mentoring();
    if rule == PairRule::Forbid {
        store.set_rule(&actor.audit(), id, mentor.id, mentee.id, rule, None).await?;
        return Ok(seen);
    }
    let mut seat = Seat::load(app, &actor.access).await?;
    let sides = sides(app, &mut seat, &[mentor.clone(), mentee.clone()]).await?;
    let fitness = match (sides.get(&mentor.id), sides.get(&mentee.id)) {
        (Some(a), Some(b)) => fit(a, b, &seen.programme.rules),
        _ => None,
    };
    let pairs = store.pairs(id).await?;
    let load = pairs.iter().filter(|x| x.mentor == mentor.id && x.mentee != mentee.id && x.kept()).count() as i64;
    let settled = pairs.iter().any(|x| x.mentee == mentee.id && x.state == PairState::Accepted);
    let refused = match &fitness {
        None => Some("mentoring-refused-not-allowed"),
        Some(_) if settled => Some("mentoring-refused-settled"),
        Some(_) if load >= mentor.capacity => Some("mentoring-refused-full"),
        Some(_) => None,
    };
    if let Some(key) = refused {
        return Err(Error::invalid("mentor", key));
    }
    let (score, reasons) = fitness.unwrap_or((0, vec![]));
    store.set_rule(&actor.audit(), id, mentor.id, mentee.id, rule, Some((score, &reasons))).await?;
    Ok(seen)
}

/// One side of a pair says yes or no. A no re-runs the matching for those still without a
/// pair, leaving every other pair as it is.
pub async fn answer(app: &App, actor: &Actor, pair: i64, answer: &str) -> Result<(Seen, PairState)> {
    let x = app.db.mentoring().pair(pair).await?;
    let seen = programme(app, actor, x.programme).await?;
    let people = app.db.mentoring().participants(x.programme).await?;
    let me = |pid: i64| people.iter().any(|q| q.id == pid && is_me(&actor.access, q));
    let side = if me(x.mentor) {
        Part::Mentor
    } else if me(x.mentee) {
        Part::Mentee
    } else {
        return Err(if seen.coordinates { Error::Forbidden } else { Error::NotFound });
    };
    let Some(answer) = Answer::parse(answer) else { return Err(Error::invalid("answer", "err-bad-choice")) };
    let now = app.db.mentoring().answer(&actor.audit(), pair, side, answer).await?;
    if now == PairState::Declined {
        // Those the decline freed are re-matched under the programme's rules; every other pair stays.
        run(app, actor, &seen.programme, true).await?;
    }
    Ok((seen, now))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> ProgrammeDraft {
        ProgrammeDraft {
            title: "Mentorordning for nyutdannede".into(),
            description: "Erfarne sykepleiere følger nyutdannede det første året.".into(),
            kind: "mentoring".into(),
            reach: "org".into(),
            across_units: "preferred".into(),
            across_professions: "any".into(),
        }
    }

    fn fields(r: Result<NewProgramme>) -> Vec<(&'static str, &'static str)> {
        match r {
            Err(Error::Invalid(p)) => p.iter().map(|x| (x.field, x.key)).collect(),
            other => panic!("expected problems, got {other:?}"),
        }
    }

    #[test]
    fn a_programme_reaches_an_organisation_or_a_network_never_only_a_unit() {
        let n = check_programme(&draft()).unwrap();
        assert_eq!(
            (n.kind, n.reach, n.rules.units, n.rules.professions),
            (ProgrammeKind::Mentoring, Visibility::Org, Across::Preferred, Across::Any)
        );
        assert_eq!(check_programme(&ProgrammeDraft { reach: "network".into(), ..draft() }).unwrap().reach, Visibility::Network);
        assert_eq!(fields(check_programme(&ProgrammeDraft { reach: "unit".into(), ..draft() })), [("reach", "err-required")]);
    }

    #[test]
    fn every_problem_of_a_programme_is_named_by_its_field() {
        let d = ProgrammeDraft {
            title: String::new(),
            description: String::new(),
            kind: "coaching".into(),
            reach: String::new(),
            across_units: "always".into(),
            across_professions: String::new(),
        };
        assert_eq!(
            fields(check_programme(&d)),
            [
                ("title", "err-required"),
                ("description", "err-required"),
                ("kind", "err-bad-choice"),
                ("reach", "err-required"),
                ("across_units", "err-required"),
                ("across_professions", "err-required"),
            ]
        );
        assert_eq!(fields(check_programme(&ProgrammeDraft { kind: String::new(), ..draft() })), [("kind", "err-required")]);
    }
}
