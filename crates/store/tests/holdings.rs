//! The holdings import in the store: all or nothing, upserts, history; and expert offers.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

use saman_demo::{DemoConfig, generate};
use saman_domain::experts::Visibility;
use saman_import::HoldingRow;
use saman_store::testing::fresh_db;
use saman_store::{Actor, StoreError};

type R = Result<(), Box<dyn std::error::Error>>;

async fn demo_db() -> Result<saman_store::Db, Box<dyn std::error::Error>> {
    let db = fresh_db().await;
    db.load_demo(&generate(&DemoConfig { employees: 120, ..DemoConfig::default() }), "hash").await?;
    Ok(db)
}

#[tokio::test]
async fn holdings_import_is_all_or_nothing() -> R {
    let db = demo_db().await?;
    let orgs = db.orgs().organisations().await?;
    let (a, b) = (orgs[0].id, orgs[1].id);
    let lookup = db.holdings().import_lookup(a).await?;
    let fire = lookup.catalogue.iter().find(|c| c.key == "brannvern").ok_or("no brannvern")?.id;
    let mine: Vec<i64> = lookup.people.values().copied().take(3).collect();
    let theirs = *db.holdings().import_lookup(b).await?.people.values().next().ok_or("no people")?;
    let row = |person: i64, level: i64| HoldingRow {
        line: 2,
        person,
        competence: fire,
        level,
        obtained_on: None,
        expires_on: None,
        evidence: None,
    };
    let before = db.holdings().keys(a).await?;
    let actor = Actor::system("test");

    // A person of another organisation anywhere in the rows refuses them all.
    let rows = vec![row(mine[0], 1), row(theirs, 1)];
    assert!(matches!(db.holdings().import(&actor, a, &rows).await, Err(StoreError::NotFound)));
    assert_eq!(db.holdings().keys(a).await?, before, "nothing was written");
    // So does a competence that does not exist.
    let rows = vec![row(mine[0], 1), HoldingRow { competence: 999_999, ..row(mine[1], 1) }];
    assert!(matches!(db.holdings().import(&actor, a, &rows).await, Err(StoreError::NotFound)));
    assert_eq!(db.holdings().keys(a).await?, before, "nothing was written");

    let rows: Vec<HoldingRow> = mine.iter().map(|p| row(*p, 1)).collect();
    let out = db.holdings().import(&actor, a, &rows).await?;
    let had = mine.iter().filter(|p| before.contains(&(**p, fire))).count();
    assert_eq!(out.added, 3 - had);
    assert_eq!(out.updated + out.unchanged, had);
    let h = db.holdings().of(saman_domain::PersonId(mine[0])).await?.into_iter().find(|h| h.competence.0 == fire).ok_or("imported")?;
    assert_eq!(h.source, "imported");
    // The same rows again change nothing, and a leader's confirmation stays.
    let leader = db.users().create(&actor, "test-leder-holdings", "Lise Leder", None, None, &[]).await?;
    db.holdings().verify(&actor, h.id, leader).await?;
    let out = db.holdings().import(&actor, a, &rows).await?;
    assert_eq!((out.added, out.updated, out.unchanged), (0, 0, 3));
    assert_eq!(db.holdings().get(h.id).await?.source, "verified");
    let history = db.holdings().history(saman_domain::PersonId(mine[0])).await?;
    assert_eq!(history.iter().filter(|e| e.action == "import" && e.competence.0 == fire).count(), 1, "{history:?}");

    // A new level is a change: the history shows it with the level before, from one entry per person.
    let out = db.holdings().import(&actor, a, &[row(mine[0], 2)]).await?;
    assert_eq!((out.added, out.updated, out.unchanged), (0, 1, 0));
    let latest = &db.holdings().history(saman_domain::PersonId(mine[0])).await?[0];
    assert_eq!((latest.action.as_str(), latest.competence.0, latest.level, latest.before), ("import", fire, Some(2), Some(1)));
    assert_eq!(db.holdings().get(h.id).await?.source, "imported", "a changed holding needs confirming again");
    // Evidence and dates arrive as written, whatever characters the text holds.
    let odd = "Kurs\tdel 1\\2\nmed «sitat» og \\N";
    let obtained = chrono::NaiveDate::from_ymd_opt(2025, 3, 1);
    let rows = vec![HoldingRow { evidence: Some(odd.into()), obtained_on: obtained, ..row(mine[1], 1) }];
    db.holdings().import(&actor, a, &rows).await?;
    let h = db.holdings().of(saman_domain::PersonId(mine[1])).await?.into_iter().find(|h| h.competence.0 == fire).ok_or("imported")?;
    assert_eq!((h.evidence.as_deref(), h.obtained_on), (Some(odd), obtained));
    Ok(())
}

#[tokio::test]
async fn an_import_the_caller_stopped_waiting_for_writes_nothing() -> R {
    let db = demo_db().await?;
    let org = db.orgs().organisations().await?[0].id;
    let lookup = db.holdings().import_lookup(org).await?;
    let before = db.holdings().keys(org).await?;
    let mut rows = vec![];
    for person in lookup.people.values() {
        for c in &lookup.catalogue {
            if !before.contains(&(*person, c.id)) && rows.len() < 5000 {
                rows.push(HoldingRow {
                    line: rows.len() + 2,
                    person: *person,
                    competence: c.id,
                    level: 1,
                    obtained_on: None,
                    expires_on: None,
                    evidence: None,
                });
            }
        }
    }
    assert_eq!(rows.len(), 5000);
    let actor = Actor::system("test");
    // A request dropped while the rows are written (the browser closed, say).
    let dropped = tokio::time::timeout(std::time::Duration::from_millis(1), db.holdings().import(&actor, org, &rows)).await;
    assert!(dropped.is_err(), "the import was still running when its caller stopped waiting");
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(db.holdings().keys(org).await?, before, "nothing was written");
    let out = db.holdings().import(&actor, org, &rows).await?;
    assert_eq!(out.added, 5000, "the same rows go in when someone waits for them");
    Ok(())
}

#[tokio::test]
async fn one_offer_per_person_and_competence() -> R {
    let db = demo_db().await?;
    let org = db.orgs().organisations().await?[0].id;
    let person = db.people().list(org, None, 1, 0).await?[0].id;
    let h = db.holdings().of(person).await?.into_iter().next().ok_or("no holding")?;
    let actor = Actor::system("test");
    let first = db.experts().save(&actor, org, person, h.competence, Some("Spør meg"), Visibility::Unit).await?;
    let again = db.experts().save(&actor, org, person, h.competence, None, Visibility::Network).await?;
    assert_eq!(first, again);
    let offers = db.experts().of(person).await?;
    assert_eq!(offers.len(), 1);
    assert_eq!((offers[0].visibility, offers[0].note.as_deref(), offers[0].level), (Visibility::Network, None, Some(h.level)));
    let other = db.orgs().organisations().await?[1].id;
    assert!(
        matches!(db.experts().save(&actor, other, person, h.competence, None, Visibility::Org).await, Err(StoreError::NotFound)),
        "the person is not in that organisation"
    );
    db.experts().delete(&actor, first).await?;
    assert!(db.experts().of(person).await?.is_empty());
    Ok(())
}
