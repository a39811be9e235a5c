//! Applying import plans: from empty, idempotent, changes, ends, and all-or-nothing.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

use chrono::NaiveDate;
use saman_domain::{OrgId, UnitKind};
use saman_import::{Existing, Plan, UnitRef, parse_org_file, plan};
use saman_store::testing::{backend_name, fresh_db};
use saman_store::{Actor, Db, StoreError};
use std::collections::HashMap;
use std::time::Instant;

type R = Result<(), Box<dyn std::error::Error>>;

const HEADER: &str = "Ansattnummer;Fornavn;Etternavn;E-post;Fødselsår;Enhetskode;Enhet;Overordnet enhetskode;Enhetstype;\
Stillingstittel;Stillingskode;Stillingsprosent;Startdato;Sluttdato;Leder;Stillingsnummer\n";

const FIRST: &str = "\
10467;Aisha;Rahman;aisha.rahman@kommune.no;1992;HO;Helse og omsorg;;sektor;Fagutviklingssykepleier;7174;20;01.09.2024;31.08.2026;nei;S-1002
10234;Ola;Haugen;ola.haugen@kommune.no;1979;HO-SOL;Solbakken sjukeheim;HO;enhet;Einingsleiar;;100;01.03.2019;;ja;
10467;Aisha;Rahman;aisha.rahman@kommune.no;1992;HO-SOL;Solbakken sjukeheim;HO;enhet;Sykepleier;7174;80;15.01.2022;;nei;S-2002
20001;Åse;Ødegård;;1985;HO-SOL-N;Nattpatrulje;HO-SOL;avdeling;Helsefagarbeider;;50;01.01.2023;;nei;
20002;Bjørn;Ås;;;HO-SOL-N;Nattpatrulje;HO-SOL;avdeling;Helsefagarbeider;;75,5;01.02.2023;;nei;
";

/// Changes: Ola renamed and moved to a new unit under HO, Aisha's nurse position at 100 %,
/// Bjørn gone (his position ends), the night unit renamed, and Åse now leads it.
const SECOND: &str = "\
10467;Aisha;Rahman;aisha.rahman@kommune.no;1992;HO;Helse og omsorg;;sektor;Fagutviklingssykepleier;7174;20;01.09.2024;31.08.2026;nei;S-1002
10234;Ola;Haugen-Ås;;1979;HO-SOL;Solbakken sjukeheim;HO;enhet;Einingsleiar;;100;01.03.2019;;ja;
10467;Aisha;Rahman;aisha.rahman@kommune.no;1992;HO-SOL;Solbakken sjukeheim;HO;enhet;Sykepleier;7174;100;15.01.2022;;nei;S-2002
20001;Åse;Ødegård;;1985;HO-SOL-N;Natt og helg;HO-SOL;avdeling;Helsefagarbeider;;50;01.01.2023;;ja;
30001;Nils;Fjære;;;HO-HJ;Heimetenesta;HO;enhet;Vernepleiar;;100;01.06.2025;;ja;
";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 9, 1).unwrap_or_default()
}

async fn plan_for(db: &Db, org: OrgId, body: &str) -> Result<Plan, Box<dyn std::error::Error>> {
    let rows = parse_org_file(format!("{HEADER}{body}").as_bytes(), "ansatte.csv", 2025).map_err(|e| format!("{e:?}"))?;
    let existing = db.imports().existing(org).await?;
    Ok(plan(&rows, &existing, today()).map_err(|e| format!("{e:?}"))?)
}

async fn new_org(db: &Db, name: &str) -> Result<OrgId, StoreError> {
    db.orgs().create_organisation(None, name, saman_domain::OrgKind::Municipality, None).await
}

#[tokio::test]
async fn import_from_empty_then_replan_is_empty() -> R {
    let db = fresh_db().await;
    let org = new_org(&db, "Bjørnafjorden kommune").await?;
    let p = plan_for(&db, org, FIRST).await?;
    let out = db.imports().apply(&Actor::system("test"), org, &p).await?;
    assert_eq!((out.counts.units.created, out.counts.people.created, out.counts.positions.created), (3, 4, 5));

    let ex = db.imports().existing(org).await?;
    let units: HashMap<&str, _> = ex.units.iter().map(|u| (u.code.as_deref().unwrap_or(""), u)).collect();
    assert_eq!(units["HO"].parent_id, None);
    assert_eq!(units["HO-SOL"].parent_id, Some(units["HO"].id));
    assert_eq!(units["HO-SOL-N"].parent_id, Some(units["HO-SOL"].id));
    assert_eq!(units["HO-SOL-N"].kind, UnitKind::Department);
    let ola = ex.people.iter().find(|p| p.employee_number.as_deref() == Some("10234")).ok_or("ola")?;
    assert_eq!(units["HO-SOL"].leader_person_id, Some(ola.id));
    let bjorn = ex.people.iter().find(|p| p.given_name == "Bjørn").ok_or("bjørn")?;
    assert_eq!((bjorn.family_name.as_str(), bjorn.birth_year), ("Ås", None));
    let mut keys: Vec<&str> = ex.positions.iter().filter_map(|p| p.external_key.as_deref()).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["10234/HO-SOL", "20001/HO-SOL-N", "20002/HO-SOL-N", "S-1002", "S-2002"]);
    assert!(ex.positions.iter().any(|p| p.percent.hundredths() == 7550));

    let log = db.audit().list(Some(org), 5).await?;
    assert_eq!(log.len(), 1);
    assert_eq!((log[0].action.as_str(), log[0].entity.as_str()), ("import", "organisation"));
    assert_eq!(log[0].detail, "units +3 ~0, people +4 ~0, positions +5 ~0 -0, leaders ~1");

    let again = plan_for(&db, org, FIRST).await?;
    assert!(again.is_empty(), "{again:?}");
    Ok(())
}

#[tokio::test]
async fn import_changes_are_applied_and_missing_positions_end() -> R {
    let db = fresh_db().await;
    let org = new_org(&db, "Osterøy kommune").await?;
    let actor = Actor::system("test");
    db.imports().apply(&actor, org, &plan_for(&db, org, FIRST).await?).await?;
    let p = plan_for(&db, org, SECOND).await?;
    let c = p.counts();
    assert_eq!((c.units.created, c.units.changed), (1, 1));
    assert_eq!((c.people.created, c.people.changed), (1, 1));
    assert_eq!((c.positions.created, c.positions.changed, c.positions.ended), (1, 1, 1));
    assert_eq!(c.leaders_changed, 2);
    db.imports().apply(&actor, org, &p).await?;

    let ex = db.imports().existing(org).await?;
    let unit = |code: &str| ex.units.iter().find(|u| u.code.as_deref() == Some(code)).ok_or("unit");
    let person = |n: &str| ex.people.iter().find(|p| p.employee_number.as_deref() == Some(n)).ok_or("person");
    assert_eq!(unit("HO-SOL-N")?.name, "Natt og helg");
    assert_eq!(unit("HO-SOL-N")?.leader_person_id, Some(person("20001")?.id));
    assert_eq!(unit("HO-HJ")?.parent_id, Some(unit("HO")?.id));
    assert_eq!(unit("HO-HJ")?.leader_person_id, Some(person("30001")?.id));
    // An empty e-mail in the file keeps the stored one.
    assert_eq!((person("10234")?.family_name.as_str(), person("10234")?.email.as_deref()), ("Haugen-Ås", Some("ola.haugen@kommune.no")));
    let pos = |key: &str| ex.positions.iter().find(|p| p.external_key.as_deref() == Some(key)).ok_or("position");
    assert_eq!(pos("S-2002")?.percent.hundredths(), 10000);
    assert_eq!(pos("20002/HO-SOL-N")?.end_date, Some(today()));
    assert_eq!(pos("20001/HO-SOL-N")?.end_date, None);
    assert_eq!(db.people().count(org).await?, 5, "people are kept when their positions end");

    let log = db.audit().list(Some(org), 5).await?;
    assert_eq!(log[0].detail, "units +1 ~1, people +1 ~1, positions +1 ~1 -1, leaders ~2");
    let again = plan_for(&db, org, SECOND).await?;
    assert!(again.is_empty(), "{again:?}");
    Ok(())
}

async fn snapshot(db: &Db, orgs: &[OrgId]) -> Result<(Vec<Existing>, usize), StoreError> {
    let mut all = Vec::new();
    for &o in orgs {
        all.push(db.imports().existing(o).await?);
    }
    Ok((all, db.audit().list(None, 1000).await?.len()))
}

#[tokio::test]
async fn failing_apply_leaves_the_database_unchanged() -> R {
    let db = fresh_db().await;
    let actor = Actor::system("test");
    let a = new_org(&db, "Austrheim").await?;
    let b = new_org(&db, "Fedje").await?;
    db.imports().apply(&actor, b, &plan_for(&db, b, FIRST).await?).await?;
    let foreign = db.imports().existing(b).await?;
    let foreign_unit = foreign.units[0].id;
    let before = snapshot(&db, &[a, b]).await?;

    // New units and people are written before the position that names B's unit is refused.
    let mut p = plan_for(&db, a, FIRST).await?;
    p.new_positions[0].unit = UnitRef::Existing(foreign_unit);
    assert!(matches!(db.imports().apply(&actor, a, &p).await, Err(StoreError::NotFound)));
    assert_eq!(snapshot(&db, &[a, b]).await?, before);

    // Ending B's position from A's import, after everything else was written.
    let mut p = plan_for(&db, a, FIRST).await?;
    p.ended_positions.push(foreign.positions[0].id);
    assert!(matches!(db.imports().apply(&actor, a, &p).await, Err(StoreError::NotFound)));
    assert_eq!(snapshot(&db, &[a, b]).await?, before);

    // Changing B's person through A.
    let mut p = plan_for(&db, a, SECOND).await?;
    p.person_changes.push(saman_import::PersonChange {
        id: foreign.people[0].id,
        given_name: "Kapra".into(),
        family_name: "Kapring".into(),
        email: None,
        birth_year: None,
    });
    assert!(matches!(db.imports().apply(&actor, a, &p).await, Err(StoreError::NotFound)));
    assert_eq!(snapshot(&db, &[a, b]).await?, before);

    // A plan made for A applied to an organisation that does not exist.
    let p = plan_for(&db, a, FIRST).await?;
    assert!(matches!(db.imports().apply(&actor, OrgId(b.0 + 100), &p).await, Err(StoreError::NotFound)));
    assert_eq!(snapshot(&db, &[a, b]).await?, before);

    // And the untouched plan still applies.
    db.imports().apply(&actor, a, &p).await?;
    assert_eq!(db.people().count(a).await?, 4);
    Ok(())
}

/// Enough rows to need several statements per table (people: 3,750 rows per statement).
#[tokio::test]
async fn large_import_is_chunked_and_idempotent() -> R {
    const PEOPLE: usize = 9_000;
    let db = fresh_db().await;
    let org = new_org(&db, "Stor kommune").await?;
    let mut body = String::from("1;Sjef;Sjefsen;;;TOP;Kommunen;;sektor;Rådmann;;100;01.01.2020;;ja;\n");
    for i in 0..PEOPLE {
        let unit = i % 90;
        body.push_str(&format!(
            "{n};Fornavn{i};Etternavn;;;E{unit};Eining {unit};TOP;enhet;Tilsett;;100;01.01.2024;;{leader};\n",
            n = 1000 + i,
            leader = if i < 90 { "ja" } else { "nei" }
        ));
    }
    let p = plan_for(&db, org, &body).await?;
    let started = Instant::now();
    db.imports().apply(&Actor::system("test"), org, &p).await?;
    eprintln!("{}: applied {} rows in {:?}", backend_name(), PEOPLE + 1, started.elapsed());
    assert_eq!(db.people().count(org).await?, PEOPLE as i64 + 1);
    let ex = db.imports().existing(org).await?;
    assert_eq!((ex.units.len(), ex.positions.len()), (91, PEOPLE + 1));
    assert_eq!(ex.units.iter().filter(|u| u.leader_person_id.is_some()).count(), 91);
    assert!(plan_for(&db, org, &body).await?.is_empty());
    Ok(())
}
