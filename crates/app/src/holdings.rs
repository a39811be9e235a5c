//! A person's competence holdings and wishes: added, changed, confirmed and removed by the
//! person, their leader or HR, under the same rules from every door.

use crate::access::{self, Reach};
use crate::{Actor, App, Error, Problems, Result};
use chrono::{Months, NaiveDate};
use saman_domain::PersonId;
use saman_domain::parse;
use saman_store::{CompetenceId, CompetenceRow, HoldingInput, StoreError};

pub use crate::input::Parsed;

/// A holding as someone entered it.
#[derive(Debug, Clone)]
pub struct Draft {
    pub competence: Option<i64>,
    /// On the competence's scale; absent means the lowest level.
    pub level: Parsed<i64>,
    pub obtained_on: Parsed<NaiveDate>,
    /// Absent means: from the competence's validity period, when it has one.
    pub expires_on: Parsed<NaiveDate>,
    pub evidence: Option<String>,
}

/// The highest level on a competence's scale (1 when unknown).
pub fn max_level(scale: &str) -> i64 {
    saman_catalogue::default_catalogue_ref().scale(scale).map(|s| i64::from(s.max_value())).unwrap_or(1)
}

/// A competence the person's organisation may use, or a problem with the field.
async fn competence(app: &App, reach: &Reach, id: Option<i64>, field: &'static str, p: &mut Problems) -> Result<Option<CompetenceRow>> {
    let Some(id) = id else {
        p.add(field, "err-required");
        return Ok(None);
    };
    match app.db.competences().visible(reach.person.org, CompetenceId(id)).await {
        Ok(c) => Ok(Some(c)),
        Err(StoreError::NotFound) => {
            p.add(field, "err-bad-choice");
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// Checks a draft and makes the holding to store. Expiry comes from the competence's
/// validity when not given; a self-reported holding is `self`, anyone else's `verified`.
pub fn check(c: Option<&CompetenceRow>, d: &Draft, own: bool, today: NaiveDate, mut p: Problems) -> Result<HoldingInput> {
    let level = p.check("level", d.level).flatten().unwrap_or(1);
    if let Some(c) = c
        && !(1..=max_level(&c.scale)).contains(&level)
    {
        p.add("level", "err-bad-level");
    }
    let obtained = p.check("obtained_on", d.obtained_on).flatten();
    let mut expires = p.check("expires_on", d.expires_on).flatten();
    if let (Some(o), Some(x)) = (obtained, expires)
        && x < o
    {
        p.add("expires_on", "err-expires-before-obtained");
    }
    if obtained.is_some_and(|o| o > today) {
        p.add("obtained_on", "err-obtained-in-future");
    }
    let evidence = p.check("evidence", d.evidence.as_deref().map(|e| parse::optional_text(e, 2000)).transpose()).flatten().flatten();
    let Some(c) = c else {
        return Err(Error::Invalid(p.0));
    };
    p.done()?;
    if expires.is_none()
        && let (Some(m), Some(o)) = (c.validity_months, obtained)
    {
        expires = o.checked_add_months(Months::new(u32::try_from(m).unwrap_or(0)));
    }
    Ok(HoldingInput {
        competence: c.id,
        level,
        obtained_on: obtained,
        expires_on: expires,
        evidence,
        source: if own { "self" } else { "verified" },
    })
}

/// A person's holdings, if the actor may see the person, with the catalogue that names them.
pub async fn of(app: &App, actor: &Actor, person: PersonId) -> Result<(Vec<saman_store::Holding>, std::sync::Arc<Vec<CompetenceRow>>)> {
    let reach = access::person(app, actor, person).await?;
    let catalogue = app.catalogues.get(&app.db, Some(reach.person.org)).await?;
    Ok((app.db.holdings().of(reach.person.id).await?, catalogue))
}

/// Everything a person's competence profile shows.
pub struct Profile {
    /// The catalogue that names the competences.
    pub catalogue: std::sync::Arc<Vec<CompetenceRow>>,
    pub holdings: Vec<saman_store::Holding>,
    /// Evidence files, each of one holding.
    pub files: Vec<saman_store::FileInfo>,
    pub wishes: Vec<saman_store::CompetenceId>,
    /// What the person offers to share with others.
    pub offers: Vec<saman_store::Offer>,
    pub history: Vec<saman_store::HoldingEvent>,
}

/// A person's competence profile, if the actor may see the person.
pub async fn profile(app: &App, actor: &Actor, person: PersonId) -> Result<Profile> {
    let reach = access::person(app, actor, person).await?;
    let id = reach.person.id;
    Ok(Profile {
        catalogue: app.catalogues.get(&app.db, Some(reach.person.org)).await?,
        holdings: app.db.holdings().of(id).await?,
        files: app.db.files().of_person(id).await?,
        wishes: app.db.holdings().wishes(id).await?,
        offers: app.db.experts().of(id).await?,
        history: app.db.holdings().history(id).await?,
    })
}

/// Adds a holding, or changes the person's holding of the same competence.
pub async fn save(app: &App, actor: &Actor, person: PersonId, d: &Draft) -> Result<i64> {
    let reach = access::profile_editor(app, actor, person).await?;
    let mut p = Problems::default();
    let c = competence(app, &reach, d.competence, "competence", &mut p).await?;
    let own = actor.access.person == Some((reach.person.org, reach.person.id));
    let input = check(c.as_ref(), d, own, crate::clock::today(), p)?;
    Ok(app.db.holdings().save(&actor.audit(), reach.person.org, reach.person.id, &input).await?)
}

/// The holding, if it is the person's.
async fn holding_of(app: &App, reach: &Reach, holding: i64) -> Result<saman_store::Holding> {
    let h = app.db.holdings().get(holding).await?;
    if h.person != reach.person.id { Err(Error::NotFound) } else { Ok(h) }
}

/// Removes one of the person's holdings.
pub async fn remove(app: &App, actor: &Actor, person: PersonId, holding: i64) -> Result<()> {
    let reach = access::profile_editor(app, actor, person).await?;
    holding_of(app, &reach, holding).await?;
    Ok(app.db.holdings().delete(&actor.audit(), holding).await?)
}

/// Confirms one of the person's holdings: their leader or HR, never the person.
pub async fn verify(app: &App, actor: &Actor, person: PersonId, holding: i64) -> Result<()> {
    let reach = access::profile_editor(app, actor, person).await?;
    if !access::may_verify(&actor.access, reach.person.org, reach.person.id, &reach.ancestries) {
        return Err(Error::Forbidden);
    }
    holding_of(app, &reach, holding).await?;
    Ok(app.db.holdings().verify(&actor.audit(), holding, actor.account()?).await?)
}

/// Marks a competence the person wants to develop, or takes the mark away.
pub async fn wish(app: &App, actor: &Actor, person: PersonId, competence_id: Option<i64>, wanted: bool) -> Result<()> {
    let reach = access::profile_editor(app, actor, person).await?;
    let mut p = Problems::default();
    let c = competence(app, &reach, competence_id, "wish", &mut p).await?;
    p.done()?;
    let Some(c) = c else { return Err(Error::invalid("wish", "err-required")) };
    Ok(app.db.holdings().set_wish(&actor.audit(), reach.person.org, reach.person.id, c.id, wanted).await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use saman_domain::OrgId;

    fn row(validity: Option<i64>, scale: &str) -> CompetenceRow {
        CompetenceRow {
            id: CompetenceId(3),
            org: Some(OrgId(1)),
            key: "hlr".into(),
            kind: "course".into(),
            category: "health".into(),
            scale: scale.into(),
            name_nb: "HLR".into(),
            name_nn: "HLR".into(),
            name_en: "CPR".into(),
            validity_months: validity,
            ladder: None,
            position_codes: vec![],
        }
    }

    fn d(level: Parsed<i64>, obtained: Parsed<NaiveDate>, expires: Parsed<NaiveDate>) -> Draft {
        Draft { competence: Some(3), level, obtained_on: obtained, expires_on: expires, evidence: None }
    }

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn problems(r: Result<HoldingInput>) -> Vec<(&'static str, &'static str)> {
        match r {
            Err(Error::Invalid(p)) => p.into_iter().map(|p| (p.field, p.key)).collect(),
            other => panic!("expected problems, got {other:?}"),
        }
    }

    const TODAY: &str = "2026-12-05";

    #[test]
    fn expiry_follows_the_validity_period_unless_given() {
        let c = row(Some(24), "achieved");
        let h = check(Some(&c), &d(Ok(None), Ok(Some(date("2025-03-31"))), Ok(None)), true, date(TODAY), Problems::default()).unwrap();
        assert_eq!(h.expires_on, Some(date("2027-03-31")));
        assert_eq!(h.source, "self");
        assert_eq!(h.level, 1);
        let given = check(
            Some(&c),
            &d(Ok(None), Ok(Some(date("2025-03-31"))), Ok(Some(date("2026-01-01")))),
            false,
            date(TODAY),
            Problems::default(),
        )
        .unwrap();
        assert_eq!(given.expires_on, Some(date("2026-01-01")));
        assert_eq!(given.source, "verified");
        // Without a date obtained there is nothing to count from.
        let undated = check(Some(&c), &d(Ok(None), Ok(None), Ok(None)), true, date(TODAY), Problems::default()).unwrap();
        assert_eq!(undated.expires_on, None);
        // No validity period: no expiry.
        let lasting = check(
            Some(&row(None, "achieved")),
            &d(Ok(None), Ok(Some(date("2025-03-31"))), Ok(None)),
            true,
            date(TODAY),
            Problems::default(),
        )
        .unwrap();
        assert_eq!(lasting.expires_on, None);
    }

    #[test]
    fn every_problem_is_named_with_its_field() {
        let c = row(None, "proficiency");
        assert_eq!(
            problems(check(
                Some(&c),
                &d(Ok(Some(9)), Ok(Some(date("2027-01-01"))), Ok(Some(date("2026-01-01")))),
                true,
                date(TODAY),
                Problems::default()
            )),
            vec![("level", "err-bad-level"), ("expires_on", "err-expires-before-obtained"), ("obtained_on", "err-obtained-in-future")]
        );
        assert_eq!(
            problems(check(Some(&c), &d(Ok(Some(0)), Ok(None), Ok(None)), true, date(TODAY), Problems::default())),
            vec![("level", "err-bad-level")]
        );
        // The highest level of the scale is fine; today is not the future.
        assert!(
            check(
                Some(&c),
                &d(Ok(Some(max_level("proficiency"))), Ok(Some(date(TODAY))), Ok(None)),
                true,
                date(TODAY),
                Problems::default()
            )
            .is_ok()
        );
        let bad_date = parse::date("31.02.2026").unwrap_err();
        assert_eq!(
            problems(check(Some(&c), &d(Ok(None), Err(bad_date), Ok(None)), true, date(TODAY), Problems::default())),
            vec![("obtained_on", bad_date.key())]
        );
        let long = Draft { evidence: Some("x".repeat(2001)), ..d(Ok(None), Ok(None), Ok(None)) };
        assert_eq!(problems(check(Some(&c), &long, true, date(TODAY), Problems::default())).len(), 1);
    }

    #[test]
    fn a_missing_competence_is_a_problem_even_when_all_else_is_fine() {
        let mut p = Problems::default();
        p.add("competence", "err-required");
        assert_eq!(problems(check(None, &d(Ok(None), Ok(None), Ok(None)), true, date(TODAY), p)), vec![("competence", "err-required")]);
    }
}
