//! Loading the generated demo network.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

use saman_demo::{Demo, DemoConfig, DemoGrant, generate};
use saman_domain::{Grant, OrgId};
use saman_import::{OrgRow, plan};
use saman_store::testing::{backend_name, fresh_db, fresh_db_with_url};
use saman_store::{Db, StoreError};
use sqlx::Connection;
use std::collections::HashMap;
use std::time::Instant;

type R = Result<(), Box<dyn std::error::Error>>;

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 1, 15).unwrap_or_default()
}

/// The rows an HR export of a demo organisation would hold (no Stillingsnummer).
fn rows_of(demo: &Demo, org: usize) -> Vec<OrgRow> {
    let o = &demo.orgs[org];
    o.positions
        .iter()
        .enumerate()
        .map(|(line, p)| {
            let (person, unit) = (&o.people[p.person], &o.units[p.unit]);
            OrgRow {
                line: line + 2,
                employee_number: person.employee_number.clone(),
                given_name: person.given_name.clone(),
                family_name: person.family_name.clone(),
                email: Some(person.email.clone()),
                birth_year: Some(person.birth_year),
                unit_code: unit.code.clone(),
                unit_name: unit.name.clone(),
                parent_unit_code: unit.parent.map(|i| o.units[i].code.clone()),
                unit_kind: unit.kind,
                title: p.title.clone(),
                position_code: Some(p.position_code.clone()),
                percent: p.percent,
                start_date: p.start_date,
                end_date: None,
                is_leader: unit.leader == Some(p.person),
                leader_number: None,
                position_key: format!("{}/{}", person.employee_number, unit.code),
            }
        })
        .collect()
}

async fn totals(db: &Db, orgs: &[OrgId]) -> Result<(i64, usize, usize, usize), StoreError> {
    let (mut people, mut units, mut positions) = (0, 0, 0);
    for &o in orgs {
        people += db.people().count(o).await?;
        units += db.orgs().units(o).await?.len();
        positions += db.people().positions_in(o, None, 1_000_000, 0).await?.len();
    }
    Ok((people, units, positions, db.users().list().await?.len()))
}

#[tokio::test]
async fn load_demo_with_1500_employees() -> R {
    let db = fresh_db().await;
    let demo = generate(&DemoConfig::default());
    let started = Instant::now();
    let loaded = db.load_demo(&demo, "$argon2id$fake").await?;
    eprintln!("{}: demo of 1,500 loaded in {:?}", backend_name(), started.elapsed());

    assert_eq!(loaded.orgs.len(), 4);
    let orgs = db.orgs().organisations().await?;
    assert_eq!(orgs.len(), 4);
    let network = db.orgs().networks().await?;
    assert_eq!(network.len(), 1);
    assert!(orgs.iter().all(|o| o.network_id == Some(network[0].id)));
    let positions: usize = demo.orgs.iter().map(|o| o.positions.len()).sum();
    let units: usize = demo.orgs.iter().map(|o| o.units.len()).sum();
    assert_eq!(totals(&db, &loaded.orgs).await?, (1500, units, positions, 8));
    for (i, o) in demo.orgs.iter().enumerate() {
        let stored = db.orgs().units(loaded.orgs[i]).await?;
        assert_eq!(stored.iter().filter(|u| u.leader.is_some()).count(), o.units.iter().filter(|u| u.leader.is_some()).count());
        assert_eq!(db.orgs().organisation(loaded.orgs[i]).await?.org_number.as_deref(), Some(o.org_number.as_str()));
    }

    // Every account, with the same password hash, its grants and its person.
    let names: Vec<&str> = loaded.accounts.iter().map(|(u, _)| u.as_str()).collect();
    assert_eq!(names, ["admin", "koordinator", "hr", "hr.lindoy", "leder", "leder.skole", "ansatt", "ansatt.sykehus"]);
    for (account, (username, roles)) in demo.accounts.iter().zip(&loaded.accounts) {
        let (user, hash) = db.users().by_username(username).await?.ok_or("account")?;
        assert_eq!((user.display_name.as_str(), hash.as_deref()), (account.display_name.as_str(), Some("$argon2id$fake")));
        let grants = db.users().grants(user.id).await?;
        assert_eq!(grants.len(), account.grants.len(), "{username}: {roles}");
        for (g, dg) in grants.iter().zip(&account.grants) {
            match (*g, *dg) {
                (Grant::Admin, DemoGrant::Admin) => {}
                (Grant::Coordinator { network: n }, DemoGrant::Coordinator) => assert_eq!(n, network[0].id),
                (Grant::Hr { org }, DemoGrant::Hr { org: i }) | (Grant::Employee { org }, DemoGrant::Employee { org: i }) => {
                    assert_eq!(org, loaded.orgs[i])
                }
                (Grant::Leader { org, unit }, DemoGrant::Leader { org: i, unit: u }) => {
                    assert_eq!(org, loaded.orgs[i]);
                    assert_eq!(db.orgs().unit(unit).await?.code.as_deref(), Some(demo.orgs[i].units[u].code.as_str()));
                }
                other => panic!("{username}: grant {other:?}"),
            }
        }
        match account.person {
            None => assert_eq!(user.person, None),
            Some((o, p)) => {
                let person = db.people().person(user.person.ok_or("person link")?).await?;
                assert_eq!(
                    (person.org, person.employee_number.as_deref()),
                    (loaded.orgs[o], Some(demo.orgs[o].people[p].employee_number.as_str()))
                );
            }
        }
    }
    eprintln!("{:#?}", loaded.accounts);
    assert!(loaded.accounts[4].1.starts_with("leader ("), "{:?}", loaded.accounts[4]);

    // An HR export of the same data changes nothing: keys, units, people and leaders all match.
    for (i, &org) in loaded.orgs.iter().enumerate() {
        let existing = db.imports().existing(org).await?;
        let p = plan(&rows_of(&demo, i), &existing, today()).map_err(|e| format!("{e:?}"))?;
        assert!(p.is_empty(), "org {i}: {:?}", p.counts());
    }

    // The network first, then its learning activities, all by the demo.
    let log = db.audit().list(None, 1000).await?;
    let first = log.last().ok_or("audit")?;
    assert_eq!((first.action.as_str(), first.entity.as_str()), ("demo", "network"));
    assert!(log.iter().all(|e| e.actor_name == "demo"));
    assert!(log.iter().any(|e| e.entity == "activity"));
    Ok(())
}

#[tokio::test]
async fn loading_the_demo_twice_is_refused_and_changes_nothing() -> R {
    let db = fresh_db().await;
    let demo = generate(&DemoConfig { seed: 7, employees: 40 });
    let loaded = db.load_demo(&demo, "hash-1").await?;
    let before = totals(&db, &loaded.orgs).await?;
    let audit_before = db.audit().list(None, 10_000).await?.len();
    assert!(matches!(db.load_demo(&demo, "hash-2").await, Err(StoreError::Duplicate("demo"))));
    let other = generate(&DemoConfig { seed: 8, employees: 40 });
    assert!(matches!(db.load_demo(&other, "hash-2").await, Err(StoreError::Duplicate("demo"))));
    assert_eq!(totals(&db, &loaded.orgs).await?, before);
    assert_eq!(db.orgs().organisations().await?.len(), 4);
    let (_, hash) = db.users().by_username("admin").await?.ok_or("admin")?;
    assert_eq!(hash.as_deref(), Some("hash-1"));
    assert_eq!(db.audit().list(None, 10_000).await?.len(), audit_before);
    Ok(())
}

/// `(holdings, requirements, wishes)` in the database, counted directly.
async fn competence_rows(url: &str) -> Result<(i64, i64, i64), Box<dyn std::error::Error>> {
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(url).await?;
    let mut n = Vec::new();
    for table in ["holdings", "requirements", "wishes"] {
        n.push(sqlx::query_scalar::<_, i64>(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&mut conn).await?);
    }
    conn.close().await?;
    Ok((n[0], n[1], n[2]))
}

/// Holding history rows in the database.
async fn events(url: &str) -> Result<i64, Box<dyn std::error::Error>> {
    let mut conn = sqlx::AnyConnection::connect(url).await?;
    let n = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM holding_events").fetch_one(&mut conn).await?;
    conn.close().await?;
    Ok(n)
}

/// Competence granted by the demo's completed placements: (history rows — one per competence
/// the opportunity builds — and holdings the placement created, which carry its evidence).
async fn earned_in_placements(url: &str) -> Result<(i64, i64), Box<dyn std::error::Error>> {
    let mut conn = sqlx::AnyConnection::connect(url).await?;
    let rows = sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM placements p JOIN opportunity_competences c ON c.opportunity_id = p.opportunity_id WHERE p.stage = 'completed'",
    )
    .fetch_one(&mut conn)
    .await?;
    let new = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM holdings WHERE evidence LIKE 'Hospitering på medisinsk sengepost (%'")
        .fetch_one(&mut conn)
        .await?;
    conn.close().await?;
    Ok((rows, new))
}

/// Competence granted by the demo's completed learning: (history rows, holdings not held before).
fn earned(demo: &Demo) -> (i64, i64) {
    demo.orgs.iter().map(earned_in).fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
}

fn earned_in(o: &saman_demo::DemoOrg) -> (i64, i64) {
    let (mut rows, mut new) = (0, 0);
    for a in &o.activities {
        let Some(key) = a.competence else { continue };
        for c in &a.cohorts {
            for p in &c.completed {
                rows += 1;
                new += i64::from(!o.holdings.iter().any(|h| h.person == *p && h.competence_key == key));
            }
        }
    }
    (rows, new)
}

fn generated(demo: &Demo) -> (i64, i64, i64) {
    let sum = |f: &dyn Fn(&saman_demo::DemoOrg) -> usize| demo.orgs.iter().map(f).sum::<usize>() as i64;
    (sum(&|o| o.holdings.len()), sum(&|o| o.requirements.len()), sum(&|o| o.wishes.len()))
}

#[tokio::test]
async fn load_demo_writes_holdings_requirements_and_wishes() -> R {
    let (db, url) = fresh_db_with_url().await;
    let demo = generate(&DemoConfig::default());
    let started = Instant::now();
    let loaded = db.load_demo(&demo, "hash").await?;
    let mut expected = generated(&demo);
    eprintln!("{}: demo of 1,500 with {expected:?} (holdings, requirements, wishes) loaded in {:?}", backend_name(), started.elapsed());
    // The only history is what completed learning and placements granted.
    let (rows, new) = earned(&demo);
    assert!(rows > 0, "the demo completes some learning");
    let (placed, placed_new) = earned_in_placements(&url).await?;
    assert!(placed > 0, "the demo completes a placement that builds competence");
    assert_eq!(events(&url).await?, rows + placed);
    expected.0 += new + placed_new;
    assert_eq!(competence_rows(&url).await?, expected);

    for (i, o) in demo.orgs.iter().enumerate() {
        let org = loaded.orgs[i];
        let by_id: HashMap<i64, String> = db.competences().catalogue(Some(org)).await?.into_iter().map(|c| (c.id.0, c.key)).collect();
        let stored: usize = db.holdings().facts_by_person(org).await?.iter().map(|(_, h)| h.len()).sum();
        let mut conn = sqlx::AnyConnection::connect(&url).await?;
        let placed_here: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM holdings WHERE organisation_id = $1 AND evidence LIKE 'Hospitering på medisinsk sengepost (%'",
        )
        .bind(org.0)
        .fetch_one(&mut conn)
        .await?;
        conn.close().await?;
        assert_eq!(stored as i64, o.holdings.len() as i64 + earned_in(o).1 + placed_here, "{}", o.name);

        // Requirements: same keys, codes, units, levels and counts, in order.
        let stored = db.competences().requirements(org).await?;
        assert_eq!(stored.len(), o.requirements.len());
        for (s, r) in stored.iter().zip(&o.requirements) {
            assert_eq!(by_id.get(&s.competence.0), Some(&r.competence_key));
            assert_eq!(
                (s.position_code.as_ref(), s.min_level, s.mandatory, s.min_count),
                (r.position_code.as_ref(), i64::from(r.min_level), r.mandatory, r.min_count.map(i64::from))
            );
            match r.unit {
                Some(u) => assert_eq!(db.orgs().unit(s.unit.ok_or("unit")?).await?.code.as_deref(), Some(o.units[u].code.as_str())),
                None => assert_eq!(s.unit, None),
            }
        }
    }

    // The "ansatt" nurse holds exactly what the demo gave her, and wishes what it says.
    let (org, person) = demo.accounts.iter().find(|a| a.username == "ansatt").and_then(|a| a.person).ok_or("ansatt")?;
    let (user, _) = db.users().by_username("ansatt").await?.ok_or("user")?;
    let person_id = user.person.ok_or("person")?;
    let by_id: HashMap<i64, String> =
        db.competences().catalogue(Some(loaded.orgs[org])).await?.into_iter().map(|c| (c.id.0, c.key)).collect();
    type Held = (String, i64, Option<chrono::NaiveDate>, Option<chrono::NaiveDate>, String);
    let mut stored: Vec<Held> = db
        .holdings()
        .of(person_id)
        .await?
        .into_iter()
        .map(|h| (by_id[&h.competence.0].clone(), h.level, h.obtained_on, h.expires_on, h.source))
        .collect();
    let mut wanted: Vec<_> = demo.orgs[org]
        .holdings
        .iter()
        .filter(|h| h.person == person)
        .map(|h| (h.competence_key.clone(), i64::from(h.level), Some(h.obtained_on), h.expires_on, h.source.to_string()))
        .collect();
    stored.sort();
    wanted.sort();
    assert!(!wanted.is_empty());
    assert_eq!(stored, wanted);
    let wishes: Vec<String> = db.holdings().wishes(person_id).await?.into_iter().map(|c| by_id[&c.0].clone()).collect();
    let demo_wishes: Vec<String> = demo.orgs[org].wishes.iter().filter(|(p, _)| *p == person).map(|(_, k)| k.clone()).collect();
    assert_eq!(wishes, demo_wishes);

    let log = db.audit().list(None, 1000).await?;
    let network = log.iter().find(|e| e.entity == "network").ok_or("the demo is in the audit log")?;
    assert!(network.detail.contains(&format!("{} holdings", generated(&demo).0)), "{}", network.detail);
    Ok(())
}

/// The size of a large municipality network; run with `--ignored` to time it.
#[tokio::test]
#[ignore]
async fn load_demo_with_50000_employees() -> R {
    let (db, url) = fresh_db_with_url().await;
    let demo = generate(&DemoConfig { seed: 2026, employees: 50_000 });
    let started = Instant::now();
    let loaded = db.load_demo(&demo, "hash").await?;
    let took = started.elapsed();
    let expected = generated(&demo);
    eprintln!("{}: demo of 50,000 with {expected:?} (holdings, requirements, wishes) loaded in {took:?}", backend_name());
    assert_eq!(totals(&db, &loaded.orgs).await?.0, 50_000);
    assert_eq!(competence_rows(&url).await?, expected);
    assert!(took.as_secs() < 30, "{took:?}");
    Ok(())
}
