//! The gap facts cache under concurrent writers: a change that committed last is never
//! missed, whatever order its transaction began in.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use saman_app::orgview::FactsCache;
use saman_domain::parse::Percent;
use saman_domain::{OrgKind, PersonId, UnitKind};
use saman_store::testing::fresh_db_with_url;
use saman_store::{Actor, CompetenceId, HoldingInput, NewCompetence, PersonPatch, PositionInput};
use sqlx::Connection;
use std::time::Duration;

fn held(c: CompetenceId, level: i64) -> HoldingInput {
    HoldingInput { competence: c, level, obtained_on: None, expires_on: None, evidence: None, source: "verified" }
}

fn level(facts: &saman_app::orgview::GapFacts, p: PersonId) -> Option<i64> {
    facts.holdings.of(p).first().map(|h| h.level)
}

#[tokio::test]
async fn a_change_that_began_first_and_committed_last_is_read() {
    let (db, url) = fresh_db_with_url().await;
    if !url.starts_with("postgres") {
        eprintln!("skipped: SQLite lets one writer in at a time, so commits come in the order writes began");
        return;
    }
    let actor = Actor::system("test");
    let org = db.orgs().create_organisation(None, "Fjordvik kommune", OrgKind::Municipality, None).await.unwrap();
    let unit = db.orgs().create_unit(&actor, org, None, Some("A"), "Avdeling A", UnitKind::Unit).await.unwrap();
    let mut people = vec![];
    for (i, name) in ["Kari", "Ola"].into_iter().enumerate() {
        let patch = PersonPatch {
            employee_number: Some(format!("{i}")),
            given_name: name.into(),
            family_name: "Nord".into(),
            email: None,
            birth_year: None,
        };
        let p = db.people().create(&actor, org, &patch).await.unwrap();
        let position = PositionInput {
            person: p,
            unit,
            external_key: None,
            title: "Sykepleier".into(),
            position_code: None,
            percent: Percent::from_hundredths(10000).unwrap(),
            start_date: NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
            end_date: None,
        };
        db.people().create_position(&actor, org, &position).await.unwrap();
        people.push(p);
    }
    let (kari, ola) = (people[0], people[1]);
    let names = ["Legemiddelhåndtering".to_string(), "Legemiddelhandtering".to_string(), "Medication".to_string()];
    let c = NewCompetence {
        key: "lm".into(),
        kind: "skill".into(),
        category: "health".into(),
        scale: "proficiency".into(),
        names,
        validity_months: None,
    };
    let c = db.competences().create(&actor, org, &c).await.unwrap();
    db.holdings().save(&actor, org, kari, &held(c, 1)).await.unwrap();
    let cache = FactsCache::default();
    assert_eq!(level(&cache.get(&db, org).await.unwrap(), kari), Some(1));

    // Another connection holds Kari's row, so her change waits inside its transaction
    // (after it has written what it wrote first) until that connection lets go.
    let mut holder = sqlx::PgConnection::connect(&url).await.unwrap();
    let mut hold = holder.begin().await.unwrap();
    sqlx::query("SELECT id FROM people WHERE id = $1 FOR UPDATE").bind(kari.0).execute(&mut *hold).await.unwrap();
    let first = {
        let db = db.clone();
        tokio::spawn(async move { db.holdings().save(&Actor::system("a"), org, kari, &held(c, 3)).await })
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    let second = {
        let db = db.clone();
        tokio::spawn(async move { db.holdings().save(&Actor::system("b"), org, ola, &held(c, 2)).await })
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    // A reader looks in the middle, then both commit.
    let _ = cache.get(&db, org).await.unwrap();
    hold.rollback().await.unwrap();
    first.await.unwrap().unwrap();
    second.await.unwrap().unwrap();
    let facts = cache.get(&db, org).await.unwrap();
    assert_eq!(level(&facts, ola), Some(2), "the change that began last");
    assert_eq!(level(&facts, kari), Some(3), "the change that began first and committed last");
}
