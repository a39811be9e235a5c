//! The store's basic behaviour, on SQLite or (with SAMAN_TEST_DATABASE_URL) PostgreSQL.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

use chrono::NaiveDate;
use saman_domain::parse::Percent;
use saman_domain::{Grant, OrgKind, UnitKind, UserId};
use saman_store::testing::{backend_name, fresh_db};
use saman_store::{Actor, PersonPatch, PositionInput, StoreError};

type R = Result<(), Box<dyn std::error::Error>>;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

#[tokio::test]
async fn migrations_are_idempotent() -> R {
    let db = fresh_db().await;
    eprintln!("backend: {}", backend_name());
    assert_eq!(db.migrate().await?, 0);
    assert_eq!(db.migrate().await?, 0);
    db.ping().await?;
    Ok(())
}

#[tokio::test]
async fn orgs_units_people_positions_round_trip_with_norwegian_letters() -> R {
    let db = fresh_db().await;
    let actor = Actor::system("test");
    let net = db.orgs().create_network("Nettverk Sør-Trøndelag").await?;
    let org = db.orgs().create_organisation(Some(net), "Bjørnafjorden kommune", OrgKind::Municipality, Some("921480157")).await?;
    let o = db.orgs().organisation(org).await?;
    assert_eq!((o.name.as_str(), o.kind, o.network_id), ("Bjørnafjorden kommune", OrgKind::Municipality, Some(net)));
    assert!(matches!(
        db.orgs().create_organisation(None, "Annen", OrgKind::Municipality, Some("921480157")).await,
        Err(StoreError::Duplicate("org_number"))
    ));

    let sector = db.orgs().create_unit(&actor, org, None, Some("HO"), "Helse og omsorg", UnitKind::Sector).await?;
    let home = db.orgs().create_unit(&actor, org, Some(sector), Some("HO-ÆØÅ"), "Åsane sjukeheim – Ærfugl", UnitKind::Unit).await?;
    let u = db.orgs().unit(home).await?;
    assert_eq!((u.parent, u.code.as_deref(), u.name.as_str()), (Some(sector), Some("HO-ÆØÅ"), "Åsane sjukeheim – Ærfugl"));
    assert_eq!(db.orgs().units(org).await?.len(), 2);
    assert!(matches!(
        db.orgs().create_unit(&actor, org, None, Some("HO"), "Dobbel", UnitKind::Unit).await,
        Err(StoreError::Duplicate("unit_code"))
    ));

    let patch = PersonPatch {
        employee_number: Some("10467".into()),
        given_name: "Åse Øydis".into(),
        family_name: "Ærø".into(),
        email: Some("ase.aero@kommune.no".into()),
        birth_year: Some(1979),
    };
    let person = db.people().create(&actor, org, &patch).await?;
    let p = db.people().person(person).await?;
    assert_eq!((p.given_name.as_str(), p.family_name.as_str(), p.birth_year), ("Åse Øydis", "Ærø", Some(1979)));
    // Not "øydis": SQLite's LOWER() folds ASCII only, so the search misses Æ/Ø/Å there.
    assert_eq!(db.people().list(org, Some("ydis"), 10, 0).await?.len(), 1);
    db.people().update(&actor, person, &PersonPatch { family_name: "Ærøy".into(), ..patch.clone() }).await?;
    assert_eq!(db.people().person(person).await?.family_name, "Ærøy");
    assert!(matches!(db.people().create(&actor, org, &patch).await, Err(StoreError::Duplicate("employee_number"))));

    let input = PositionInput {
        person,
        unit: home,
        external_key: Some("S-1".into()),
        title: "Spesialsjukepleiar".into(),
        position_code: Some("7174".into()),
        percent: Percent::from_hundredths(8050).ok_or("percent")?,
        start_date: date("2022-01-15"),
        end_date: None,
    };
    let pos = db.people().create_position(&actor, org, &input).await?;
    let got = db.people().position(pos).await?;
    assert_eq!((got.title.as_str(), got.percent.hundredths(), got.start_date), ("Spesialsjukepleiar", 8050, date("2022-01-15")));
    assert_eq!(got.unit_name, "Åsane sjukeheim – Ærfugl");
    assert_eq!(db.people().positions_of(person).await?.len(), 1);
    assert_eq!(db.people().members_of(home, date("2025-01-01")).await?.len(), 1);
    assert_eq!(db.orgs().head_count(org, date("2025-01-01")).await?, 1);
    assert_eq!(db.orgs().head_count(org, date("2021-01-01")).await?, 0);

    // A position in another organisation's unit is refused.
    let other = db.orgs().create_organisation(None, "Os", OrgKind::Municipality, None).await?;
    assert!(matches!(db.people().create_position(&actor, other, &input).await, Err(StoreError::NotFound)));
    Ok(())
}

#[tokio::test]
async fn usernames_are_unique() -> R {
    let db = fresh_db().await;
    let actor = Actor::system("test");
    let id = db.users().create(&actor, "kari", "Kari Nørdmann", Some("hash"), None, &[]).await?;
    assert!(matches!(db.users().create(&actor, "kari", "Kari 2", None, None, &[]).await, Err(StoreError::Duplicate("username"))));
    let (user, hash) = db.users().by_username("kari").await?.ok_or("missing")?;
    assert_eq!((user.id, user.display_name.as_str(), hash.as_deref()), (id, "Kari Nørdmann", Some("hash")));
    assert!(db.users().by_username("ola").await?.is_none());
    Ok(())
}

#[tokio::test]
async fn sessions_expire() -> R {
    let db = fresh_db().await;
    let user = db.users().create(&Actor::system("test"), "kari", "Kari", None, None, &[]).await?;
    let now = saman_store::now_unix();
    db.sessions().create("live", user, "csrf1", now + 3600).await?;
    db.sessions().create("dead", user, "csrf2", now - 1).await?;
    let (s, u, person_org) = db.sessions().get_with_user("live").await?.ok_or("live session")?;
    assert_eq!((s.user, s.csrf.as_str(), u.username.as_str(), person_org), (user, "csrf1", "kari", None));
    assert!(db.sessions().get_with_user("dead").await?.is_none());
    assert_eq!(db.sessions().purge_expired().await?, 1);
    db.sessions().delete("live").await?;
    assert!(db.sessions().get_with_user("live").await?.is_none());
    Ok(())
}

#[tokio::test]
async fn grants_round_trip() -> R {
    let db = fresh_db().await;
    let actor = Actor::system("test");
    let net = db.orgs().create_network("Nettverk").await?;
    let org = db.orgs().create_organisation(Some(net), "Lindås", OrgKind::Municipality, None).await?;
    let unit = db.orgs().create_unit(&actor, org, None, Some("A"), "Avdeling", UnitKind::Department).await?;
    let user = db.users().create(&actor, "leder", "Leder", None, None, &[]).await?;
    let all = [Grant::Admin, Grant::Coordinator { network: net }, Grant::Hr { org }, Grant::Leader { org, unit }, Grant::Employee { org }];
    for g in all {
        db.users().add_grant(&actor, user, g).await?;
    }
    assert_eq!(db.users().grants(user).await?, all.to_vec());
    assert!(matches!(db.users().add_grant(&actor, user, Grant::Hr { org }).await, Err(StoreError::Duplicate("grant"))));
    let (first, _) = db.users().grants_with_ids(user).await?[0];
    db.users().remove_grant(&actor, user, first).await?;
    assert_eq!(db.users().grants(user).await?, all[1..].to_vec());
    assert!(matches!(db.users().remove_grant(&actor, UserId(user.0 + 1), first).await, Err(StoreError::NotFound)));
    Ok(())
}

#[tokio::test]
async fn creating_writes_audit_rows() -> R {
    let db = fresh_db().await;
    let actor = Actor { user: None, name: "Åshild".into() };
    let org = db.orgs().create_organisation(None, "Osterøy", OrgKind::Municipality, None).await?;
    let unit = db.orgs().create_unit(&actor, org, None, Some("X"), "Økonomi", UnitKind::Unit).await?;
    let patch = PersonPatch { employee_number: None, given_name: "Per".into(), family_name: "Ås".into(), email: None, birth_year: None };
    let person = db.people().create(&actor, org, &patch).await?;
    let log = db.audit().list(Some(org), 10).await?;
    assert_eq!(log.len(), 2);
    assert_eq!((log[0].action.as_str(), log[0].entity.as_str(), log[0].entity_id), ("create", "person", Some(person.0)));
    assert_eq!((log[1].entity.as_str(), log[1].entity_id, log[1].detail.as_str()), ("unit", Some(unit.0), "Økonomi"));
    assert_eq!(log[1].actor_name, "Åshild");
    assert!(db.audit().list(Some(saman_domain::OrgId(org.0 + 1)), 10).await?.is_empty());
    Ok(())
}

#[tokio::test]
async fn drafts_round_trip_binary_content() -> R {
    let db = fresh_db().await;
    let org = db.orgs().create_organisation(None, "Fjell", OrgKind::Municipality, None).await?;
    let user = db.users().create(&Actor::system("test"), "hr", "HR", None, None, &[]).await?;
    let content: Vec<u8> = (0..=255u8).chain([0, 0xff, 0xfe, b'\n', 0xc3]).collect();
    let id = db.drafts().create(org, Some(user), "org", "ansatte æøå.xlsx", &content).await?;
    let d = db.drafts().get(id).await?;
    assert_eq!((d.org, d.user, d.kind.as_str(), d.filename.as_str()), (org, Some(user), "org", "ansatte æøå.xlsx"));
    assert_eq!(d.content, content);
    let empty = db.drafts().create(org, None, "org", "tom.csv", &[]).await?;
    assert_eq!(db.drafts().get(empty).await?.content, Vec::<u8>::new());
    assert_eq!(db.drafts().purge_older_than(d.created_at - 10).await?, 0);
    db.drafts().delete(id).await?;
    assert!(matches!(db.drafts().get(id).await, Err(StoreError::NotFound)));
    assert_eq!(db.drafts().purge_older_than(saman_store::now_unix() + 10).await?, 1);
    assert!(matches!(db.drafts().get(empty).await, Err(StoreError::NotFound)));
    Ok(())
}

#[tokio::test]
async fn a_database_handle_never_shows_its_password() -> R {
    let Ok(url) = std::env::var(saman_store::testing::TEST_DATABASE_URL) else {
        eprintln!("skipped: the password is in PostgreSQL addresses, and SAMAN_TEST_DATABASE_URL is not set");
        return Ok(());
    };
    // Trust authentication ignores the password, so the address connects as it is.
    let with_password = url.replacen("://postgres@", "://postgres:topsecret-9@", 1);
    assert!(with_password.contains("topsecret-9"), "the test address names the postgres user: {url}");
    let db = saman_store::Db::connect(&with_password).await?;
    let shown = format!("{db:?}");
    assert!(!shown.contains("topsecret-9"), "{shown}");
    assert!(shown.contains("***"), "{shown}");
    Ok(())
}

#[tokio::test]
async fn mails_are_queued_together_once_per_event_key() -> R {
    let db = fresh_db().await;
    let mail = |to: &str, key: &str| saman_store::NewMail {
        org: None,
        recipient: to.into(),
        subject: "Du har fått plass".into(),
        body: "Velkommen.".into(),
        key: key.into(),
    };
    let first = [mail("kari@fjordvik.kommune.no", "enrolled:1:1"), mail("ola@fjordvik.kommune.no", "enrolled:1:2")];
    assert_eq!(db.enqueue_mails(&first).await?, 2);
    // The same event again queues only the one not told before.
    let again = [mail("kari@fjordvik.kommune.no", "enrolled:1:1"), mail("per@fjordvik.kommune.no", "enrolled:1:3")];
    assert_eq!(db.enqueue_mails(&again).await?, 1);
    assert_eq!(db.enqueue_mails(&[]).await?, 0);
    assert_eq!(db.outbox_counts().await?, (3, 0, 0));
    let queued: Vec<String> = db.claim_mail(saman_store::now_unix() + 1, 60, 10).await?.into_iter().map(|m| m.recipient).collect();
    assert_eq!(queued, ["kari@fjordvik.kommune.no", "ola@fjordvik.kommune.no", "per@fjordvik.kommune.no"]);
    Ok(())
}
