//! Gap facts kept up to date on write must equal a full recompute, after any mix of changes
//! made by any process (here: straight through the store, as another process would).

use crate::support::TestApp;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use saman_domain::parse::Percent;
use saman_store::{Actor, CompetenceId, HoldingInput, PositionInput, Requirement};
use saman_web::{FactsCache, GapFacts};

fn same(a: &GapFacts, b: &GapFacts) -> bool {
    let sorted = |f: &GapFacts| {
        let mut p: Vec<_> = f.positions.iter().map(|p| (p.unit, p.person, p.code.clone())).collect();
        p.sort();
        p
    };
    a.holdings == b.holdings && sorted(a) == sorted(b) && a.requirements == b.requirements && a.birth_years == b.birth_years
}

#[tokio::test]
async fn facts_kept_up_to_date_equal_a_full_recompute_after_random_changes() {
    let app = TestApp::new().await;
    let db = &app.db;
    let org = app.org_id("Fjordvik kommune").await;
    let people = db.people().list(org, None, 10_000, 0).await.unwrap();
    let units = db.orgs().units(org).await.unwrap();
    let catalogue = db.competences().catalogue(Some(org)).await.unwrap();
    let cache = FactsCache::default();
    let warm = cache.get(db, org).await.unwrap();
    assert!(warm.holdings.len() > 300, "the demo has holdings to change");
    let actor = Actor::system("test");
    let mut rng = StdRng::seed_from_u64(2026);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    for round in 0..12 {
        for _ in 0..4 {
            let person = people[rng.random_range(0..people.len())].id;
            let c = &catalogue[rng.random_range(0..catalogue.len())];
            match rng.random_range(0..10) {
                0..=4 => {
                    let expires =
                        [None, Some(today - chrono::Duration::days(3)), Some(today + chrono::Duration::days(40))][rng.random_range(0..3)];
                    let input =
                        HoldingInput { competence: c.id, level: 1, obtained_on: None, expires_on: expires, evidence: None, source: "self" };
                    db.holdings().save(&actor, org, person, &input).await.unwrap();
                }
                5 | 6 => {
                    if let Some(h) = db.holdings().of(person).await.unwrap().first() {
                        db.holdings().delete(&actor, h.id).await.unwrap();
                    }
                }
                7 => {
                    let rows: Vec<saman_import::HoldingRow> = (0..3)
                        .map(|i| saman_import::HoldingRow {
                            line: i + 2,
                            person: people[rng.random_range(0..people.len())].id.0,
                            competence: catalogue[i].id.0,
                            level: 1,
                            obtained_on: None,
                            expires_on: None,
                            evidence: None,
                        })
                        .collect();
                    let mut unique = rows;
                    unique.sort_by_key(|r| (r.person, r.competence));
                    unique.dedup_by_key(|r| (r.person, r.competence));
                    db.holdings().import(&actor, org, &unique).await.unwrap();
                }
                8 => {
                    let unit = units[rng.random_range(0..units.len())].id;
                    let r = Requirement {
                        id: 0,
                        org,
                        unit: Some(unit),
                        position_code: None,
                        competence: CompetenceId(c.id.0),
                        min_level: 1,
                        mandatory: true,
                        min_count: Some(2),
                        alternatives: vec![],
                    };
                    db.competences().add_requirement(&actor, &r).await.unwrap();
                }
                _ => {
                    let unit = units[rng.random_range(0..units.len())].id;
                    let p = PositionInput {
                        person,
                        unit,
                        external_key: None,
                        title: "Vikar".into(),
                        position_code: Some("7611".into()),
                        percent: Percent::from_hundredths(2000).unwrap(),
                        start_date: today - chrono::Duration::days(1),
                        end_date: None,
                    };
                    let _ = db.people().create_position(&actor, org, &p).await;
                }
            }
        }
        let kept = cache.get(db, org).await.unwrap();
        let full = FactsCache::default().get(db, org).await.unwrap();
        assert!(same(&kept, &full), "round {round}: the facts kept up to date differ from a full recompute");
    }
    assert_eq!(cache.reloads(), 1, "after the first read, every change was applied person by person");
}

#[tokio::test]
async fn readers_arriving_together_share_one_full_read() {
    let app = TestApp::new().await;
    let org = app.org_id("Fjordvik kommune").await;
    let cache = std::sync::Arc::new(FactsCache::default());
    let readers: Vec<_> = (0..6)
        .map(|_| {
            let (cache, db) = (cache.clone(), app.db.clone());
            tokio::spawn(async move { cache.get(&db, org).await.map(|f| f.holdings.len()) })
        })
        .collect();
    let mut seen = vec![];
    for r in readers {
        seen.push(r.await.unwrap().unwrap());
    }
    assert!(seen[0] > 300 && seen.iter().all(|n| *n == seen[0]), "every reader got the same facts: {seen:?}");
    assert_eq!(cache.reloads(), 1, "the readers that came while the first read everything waited for it");
}
