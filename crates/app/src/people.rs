//! People and their positions as HR keeps them by hand (the organisation import keeps them
//! in bulk): HR lists, adds and changes people and positions; anyone who may see a person
//! reads them.

use crate::access;
use crate::input::Parsed;
use crate::{Actor, App, Error, Problems, Result};
use chrono::NaiveDate;
use saman_domain::parse::{self, Percent};
use saman_domain::{OrgId, PersonId, UnitId};
use saman_store::{Person, PersonPatch, Position, PositionInput};

/// A person as someone entered them.
#[derive(Debug, Clone, Default)]
pub struct PersonDraft {
    pub employee_number: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub email: Option<String>,
    pub birth_year: Option<i64>,
}

/// Checks a person; every problem names its field.
pub fn check_person(d: &PersonDraft, this_year: i32) -> Result<PersonPatch> {
    let mut p = Problems::default();
    let employee_number = p.check("employee_number", d.employee_number.as_deref().map(|n| parse::optional_text(n, 50)).transpose());
    let given_name = p.check("given_name", parse::text(&d.given_name, 100));
    let family_name = p.check("family_name", parse::text(&d.family_name, 100));
    let email = match d.email.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
        Some(e) => p.check("email", parse::email(e)).map(Some),
        None => Some(None),
    };
    let birth_year = match d.birth_year {
        Some(y) => p.check("birth_year", parse::birth_year(&y.to_string(), this_year)).map(Some),
        None => Some(None),
    };
    p.done()?;
    match (employee_number, given_name, family_name, email, birth_year) {
        (Some(employee_number), Some(given_name), Some(family_name), Some(email), Some(birth_year)) => {
            Ok(PersonPatch { employee_number: employee_number.flatten(), given_name, family_name, email, birth_year })
        }
        _ => Err(Error::invalid("given_name", "err-required")),
    }
}

fn this_year() -> i32 {
    chrono::Datelike::year(&crate::clock::today())
}

/// HR lists an organisation's people, optionally by part of a name; at most 500 at a time.
pub async fn list(app: &App, actor: &Actor, org: OrgId, query: Option<&str>, limit: i64, offset: i64) -> Result<Vec<Person>> {
    let org = access::managed_org(app, &actor.access, org).await?;
    let query = query.map(str::trim).filter(|q| !q.is_empty());
    Ok(app.db.people().list(org.id, query, limit.clamp(1, 500), offset.max(0)).await?)
}

/// One page of an organisation's people, and how many there are in all.
pub struct PeoplePage {
    pub org: saman_store::Organisation,
    pub people: Vec<Person>,
    pub has_next: bool,
    pub total: i64,
}

/// HR pages through an organisation's people (`page` from 1), optionally by part of a name.
pub async fn page(app: &App, actor: &Actor, org: OrgId, query: Option<&str>, page: i64, per_page: i64) -> Result<PeoplePage> {
    let org = access::managed_org(app, &actor.access, org).await?;
    let query = query.map(str::trim).filter(|q| !q.is_empty());
    let per_page = per_page.clamp(1, 500);
    let mut people = app.db.people().list(org.id, query, per_page + 1, (page.max(1) - 1) * per_page).await?;
    let has_next = people.len() as i64 > per_page;
    people.truncate(per_page as usize);
    let total = app.db.people().count(org.id).await?;
    Ok(PeoplePage { org, people, has_next, total })
}

/// A person as their page shows them: positions now and before, the nearest leader above
/// each current position, and where those positions sit in the tree.
pub struct Card {
    pub org: saman_store::Organisation,
    pub person: Person,
    pub current: Vec<Position>,
    pub past: Vec<Position>,
    /// Per current position: its unit, the unit's name and the nearest leader's name.
    pub leaders: Vec<(UnitId, String, String)>,
    pub ancestries: Vec<Vec<UnitId>>,
}

/// A person's card, if the actor may see them (otherwise not found: existence is not revealed).
pub async fn card(app: &App, actor: &Actor, id: PersonId) -> Result<Card> {
    let person = app.db.people().person(id).await?;
    let org = access::org(app, &actor.access, person.org).await?;
    let view = app.view(org.id).await?;
    let today = crate::clock::today();
    let positions = app.db.people().positions_of(person.id).await?;
    let ancestries: Vec<Vec<UnitId>> = positions.iter().filter(|p| p.is_current(today)).map(|p| view.tree.ancestry(p.unit)).collect();
    if !actor.access.sees_person(org.id, person.id, &ancestries) {
        return Err(Error::NotFound);
    }
    let (current, past): (Vec<Position>, Vec<Position>) = positions.into_iter().partition(|p| p.end_date.is_none_or(|e| e >= today));
    let mut wanted = vec![];
    for pos in &current {
        // The nearest leader above the position, skipping the person themself.
        let leader = view.tree.ancestry(pos.unit).into_iter().filter_map(|a| view.unit(a).and_then(|u| u.leader)).find(|l| *l != person.id);
        if let Some(l) = leader {
            wanted.push((pos.unit, pos.unit_name.clone(), l));
        }
    }
    let ids: Vec<PersonId> = wanted.iter().map(|w| w.2).collect();
    let names = app.db.people().names(&ids).await?;
    let leaders = wanted.into_iter().map(|(u, n, l)| (u, n, names.get(&l).cloned().unwrap_or_default())).collect();
    Ok(Card { org, person, current, past, leaders, ancestries })
}

/// HR adds a person.
pub async fn create(app: &App, actor: &Actor, org: OrgId, d: &PersonDraft) -> Result<Person> {
    let org = access::managed_org(app, &actor.access, org).await?;
    let patch = check_person(d, this_year())?;
    let id = app.db.people().create(&actor.audit(), org.id, &patch).await?;
    app.orgs.invalidate(org.id);
    Ok(app.db.people().person(id).await?)
}

/// The person, if the actor may see them.
pub async fn get(app: &App, actor: &Actor, id: PersonId) -> Result<Person> {
    Ok(access::person(app, actor, id).await?.person)
}

/// HR changes a person's details.
pub async fn update(app: &App, actor: &Actor, id: PersonId, d: &PersonDraft) -> Result<Person> {
    let person = get(app, actor, id).await?;
    if !actor.access.manages_org(person.org) {
        return Err(Error::Forbidden);
    }
    let patch = check_person(d, this_year())?;
    app.db.people().update(&actor.audit(), person.id, &patch).await?;
    app.orgs.invalidate(person.org);
    Ok(app.db.people().person(person.id).await?)
}

/// A person's positions, current and past, if the actor may see them.
pub async fn positions(app: &App, actor: &Actor, id: PersonId) -> Result<Vec<Position>> {
    let person = get(app, actor, id).await?;
    Ok(app.db.people().positions_of(person.id).await?)
}

/// A position as someone entered it.
#[derive(Debug, Clone)]
pub struct PositionDraft {
    pub person: PersonId,
    pub unit: UnitId,
    pub title: String,
    pub position_code: Option<String>,
    pub percent: Parsed<Percent>,
    pub start_date: Parsed<NaiveDate>,
    pub end_date: Parsed<NaiveDate>,
}

/// Checks a position; every problem names its field.
pub fn check_position(d: &PositionDraft) -> Result<PositionInput> {
    let mut p = Problems::default();
    let percent = p.check("percent", d.percent.and_then(|x| x.ok_or(parse::ParseError::Required)));
    let start_date = p.check("start_date", d.start_date.and_then(|x| x.ok_or(parse::ParseError::Required)));
    let end_date = p.check("end_date", d.end_date).flatten();
    if let (Some(s), Some(e)) = (start_date, end_date)
        && e < s
    {
        p.add("end_date", "err-end-before-start");
    }
    let title = p.check("title", parse::text(&d.title, 200));
    let position_code = p.check("position_code", d.position_code.as_deref().map(|c| parse::optional_text(c, 20)).transpose());
    p.done()?;
    match (percent, start_date, title, position_code) {
        (Some(percent), Some(start_date), Some(title), Some(position_code)) => Ok(PositionInput {
            person: d.person,
            unit: d.unit,
            external_key: None,
            title,
            position_code: position_code.flatten(),
            percent,
            start_date,
            end_date,
        }),
        _ => Err(Error::invalid("title", "err-required")),
    }
}

/// HR adds a position in their organisation.
pub async fn add_position(app: &App, actor: &Actor, org: OrgId, d: &PositionDraft) -> Result<Position> {
    let org = access::managed_org(app, &actor.access, org).await?;
    let input = check_position(d)?;
    let id = app.db.people().create_position(&actor.audit(), org.id, &input).await?;
    app.orgs.invalidate(org.id);
    Ok(app.db.people().position(id).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields<T: std::fmt::Debug>(r: Result<T>) -> Vec<(&'static str, &'static str)> {
        match r {
            Err(Error::Invalid(p)) => p.iter().map(|x| (x.field, x.key)).collect(),
            other => panic!("expected problems, got {other:?}"),
        }
    }

    fn person() -> PersonDraft {
        PersonDraft { given_name: "Kari".into(), family_name: "Nordmann".into(), ..PersonDraft::default() }
    }

    fn position() -> PositionDraft {
        PositionDraft {
            person: PersonId(1),
            unit: UnitId(2),
            title: "Sykepleier".into(),
            position_code: Some("7174".into()),
            percent: Ok(Percent::from_hundredths(8000)),
            start_date: Ok(NaiveDate::from_ymd_opt(2025, 1, 1)),
            end_date: Ok(None),
        }
    }

    #[test]
    fn a_person_needs_names_and_a_sound_email_and_birth_year_when_given() {
        let p = check_person(&PersonDraft { email: Some(" ".into()), employee_number: Some(String::new()), ..person() }, 2026).unwrap();
        assert_eq!((p.email, p.employee_number, p.birth_year), (None, None, None));
        let bad = PersonDraft {
            given_name: String::new(),
            family_name: " ".into(),
            email: Some("kari@".into()),
            birth_year: Some(2030),
            employee_number: Some("x".repeat(51)),
        };
        assert_eq!(
            fields(check_person(&bad, 2026)),
            [
                ("employee_number", "err-too-long"),
                ("given_name", "err-required"),
                ("family_name", "err-required"),
                ("email", "err-bad-email"),
                ("birth_year", "err-bad-year"),
            ]
        );
    }

    #[test]
    fn a_position_ends_after_it_starts_and_needs_a_percent_and_a_start() {
        let p = check_position(&position()).unwrap();
        assert_eq!((p.title.as_str(), p.position_code.as_deref(), p.percent.hundredths()), ("Sykepleier", Some("7174"), 8000));
        let end_first = PositionDraft { end_date: Ok(NaiveDate::from_ymd_opt(2024, 12, 31)), ..position() };
        assert_eq!(fields(check_position(&end_first)), [("end_date", "err-end-before-start")]);
        let same_day = PositionDraft { end_date: Ok(NaiveDate::from_ymd_opt(2025, 1, 1)), ..position() };
        assert!(check_position(&same_day).is_ok(), "a one-day position is allowed");
        let missing = PositionDraft { percent: Ok(None), start_date: Ok(None), title: String::new(), ..position() };
        assert_eq!(
            fields(check_position(&missing)),
            [("percent", "err-required"), ("start_date", "err-required"), ("title", "err-required")]
        );
    }
}
