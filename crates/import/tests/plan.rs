//! Planning against what is stored, and applying plans to an in-memory store.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

mod common;

use common::*;
use saman_domain::UnitKind;
use saman_import::*;

// The care home comes first: the plan must still create the sector first.
const LEADER: &str = "10234;Ola;Haugen;ola@kommune.no;1979;HO-SOL;Solbakken sykehjem;HO;;Enhetsleder;;100;01.03.2019;;ja;S-2001";
const NURSE: &str = "10467;Aisha;Rahman;;1992;HO-SOL;Solbakken sykehjem;HO;;Sykepleier;7174;80;15.01.2022;;nei;S-2002";
const SECTOR: &str = "10467;Aisha;Rahman;;1992;HO;Helse og omsorg;;sektor;Fagutvikler;;20;01.09.2024;;;S-1002";

fn today() -> chrono::NaiveDate {
    ymd(2026, 3, 1)
}

fn imported(lines: &[&str]) -> Existing {
    let mut db = Existing::default();
    let plan = plan(&rows(lines), &db, today()).expect("planned");
    apply(&plan, &mut db);
    db
}

#[test]
fn everything_new_from_empty() {
    let p = plan(&rows(&[LEADER, NURSE, SECTOR]), &Existing::default(), today()).expect("planned");
    let codes: Vec<&str> = p.new_units.iter().map(|u| u.code.as_str()).collect();
    assert_eq!(codes, ["HO", "HO-SOL"]);
    assert_eq!(p.new_units[0].parent, None);
    assert_eq!(p.new_units[0].kind, UnitKind::Sector);
    assert_eq!(p.new_units[1].parent, Some(UnitRef::New(0)));
    assert_eq!(p.new_people.len(), 2);
    assert_eq!(p.new_positions.len(), 3);
    assert_eq!(p.new_positions[1].unit, UnitRef::New(1));
    assert_eq!(p.new_positions[2].person, PersonRef::New(1)); // Aisha's second position
    assert_eq!(p.new_positions[2].key, "S-1002");
    assert_eq!(p.leader_changes, [LeaderChange { unit: UnitRef::New(1), person: PersonRef::New(0) }]);
    let c = p.counts();
    assert_eq!((c.units.created, c.people.created, c.positions.created, c.positions.ended), (2, 2, 3, 0));
    assert!(!p.is_empty());
}

#[test]
fn same_file_twice_gives_an_empty_plan() {
    let lines = [LEADER, NURSE, SECTOR];
    let db = imported(&lines);
    assert_eq!(db.units.len(), 2);
    assert_eq!(db.positions.len(), 3);
    let again = plan(&rows(&lines), &db, today()).expect("planned");
    assert!(again.is_empty(), "{again:#?}");
    assert_eq!(again.counts(), PlanCounts::default());
}

#[test]
fn changed_title_is_one_position_change() {
    let db = imported(&[LEADER, NURSE, SECTOR]);
    let nurse = NURSE.replace("Sykepleier", "Spesialsykepleier");
    let p = plan(&rows(&[LEADER, &nurse, SECTOR]), &db, today()).expect("planned");
    assert_eq!(p.position_changes.len(), 1);
    assert_eq!(p.position_changes[0].title, "Spesialsykepleier");
    assert_eq!(p.position_changes[0].position_code.as_deref(), Some("7174"));
    let c = p.counts();
    assert_eq!((c.units, c.people, c.positions.created, c.positions.ended), (Counts::default(), Counts::default(), 0, 0));
    assert!(p.leader_changes.is_empty());
}

#[test]
fn missing_position_is_ended_and_others_left_alone() {
    let mut db = imported(&[LEADER, NURSE, SECTOR]);
    let sector_position = db.positions.iter().find(|p| p.external_key.as_deref() == Some("S-1002")).expect("S-1002").id;
    // A position entered by hand (no key) and one already ended are not touched.
    let manual = ExistingPosition { id: 900, external_key: None, ..db.positions[0].clone() };
    let old = ExistingPosition { id: 901, external_key: Some("OLD".into()), end_date: Some(ymd(2025, 1, 1)), ..db.positions[0].clone() };
    db.positions.extend([manual, old]);

    let p = plan(&rows(&[LEADER, NURSE]), &db, today()).expect("planned");
    assert_eq!(p.ended_positions, [sector_position]);
    assert_eq!(p.counts().positions, Counts { created: 0, changed: 0, ended: 1 });
    assert!(p.unit_changes.is_empty(), "the sector unit stays");
    apply(&p, &mut db);
    assert!(plan(&rows(&[LEADER, NURSE]), &db, today()).expect("planned").is_empty());
}

#[test]
fn person_and_unit_changes() {
    let db = imported(&[LEADER, NURSE, SECTOR]);
    let leader = LEADER.replace("Haugen", "Haugen Berg").replace("ola@kommune.no", "");
    let sector = SECTOR.replace("Helse og omsorg", "Helse, omsorg og velferd");
    let p = plan(&rows(&[&leader, NURSE, &sector]), &db, today()).expect("planned");
    assert_eq!(p.person_changes.len(), 1);
    assert_eq!(p.person_changes[0].family_name, "Haugen Berg");
    assert_eq!(p.person_changes[0].email.as_deref(), Some("ola@kommune.no"), "empty e-mail keeps the stored one");
    assert_eq!(p.unit_changes.len(), 1);
    assert_eq!(p.unit_changes[0].name, "Helse, omsorg og velferd");
    assert_eq!(p.unit_changes[0].parent, None);
}

#[test]
fn new_leader_and_moved_unit() {
    let db = imported(&[LEADER, NURSE, SECTOR]);
    let leader = LEADER.replace(";ja;", ";nei;").replace(";HO;", ";;");
    let nurse = NURSE.replace(";nei;", ";ja;").replace(";HO;", ";;");
    let p = plan(&rows(&[&leader, &nurse, SECTOR]), &db, today()).expect("planned");
    let aisha = db.people.iter().find(|p| p.given_name == "Aisha").expect("Aisha").id;
    let sol = db.units.iter().find(|u| u.code.as_deref() == Some("HO-SOL")).expect("unit");
    assert_eq!(p.leader_changes, [LeaderChange { unit: UnitRef::Existing(sol.id), person: PersonRef::Existing(aisha) }]);
    assert_eq!(p.unit_changes.len(), 1);
    assert_eq!(p.unit_changes[0].parent, None);
}

#[test]
fn position_key_taken_over_by_someone_else() {
    let mut db = imported(&[LEADER, NURSE, SECTOR]);
    let old = db.positions.iter().find(|p| p.external_key.as_deref() == Some("S-2002")).expect("S-2002").id;
    let successor = "20000;Nils;Vik;;;HO-SOL;Solbakken sykehjem;HO;;Sykepleier;7174;80;01.03.2026;;nei;S-2002";
    let lines = [LEADER, successor, SECTOR];
    let p = plan(&rows(&lines), &db, today()).expect("planned");
    assert_eq!(p.ended_positions, [old]);
    assert_eq!(p.new_positions.len(), 1);
    assert_eq!(p.new_positions[0].person, PersonRef::New(0));
    apply(&p, &mut db);
    assert!(plan(&rows(&lines), &db, today()).expect("planned").is_empty());
}

#[test]
fn parent_may_be_a_stored_unit() {
    let db = Existing {
        units: vec![ExistingUnit {
            id: 7,
            code: Some("HO".into()),
            name: "Helse og omsorg".into(),
            parent_id: None,
            kind: UnitKind::Sector,
            leader_person_id: None,
        }],
        ..Existing::default()
    };
    let p = plan(&rows(&[NURSE]), &db, today()).expect("planned");
    assert_eq!(p.new_units.len(), 1);
    assert_eq!(p.new_units[0].parent, Some(UnitRef::Existing(7)));
}

#[test]
fn unknown_parent() {
    let errors = plan(&rows(&[LEADER, NURSE]), &Existing::default(), today()).expect_err("refused");
    assert_eq!(summary(&errors), [(2, "Overordnet enhetskode".into(), "unknown-parent")]);
    assert_eq!(errors[0].value.as_deref(), Some("HO"));
    assert_eq!(errors[0].code.key(), "import-err-unknown-parent");
}

#[test]
fn cycle_through_stored_units() {
    // Stored: Y under X. The file puts X under Y, and does not mention Y.
    let unit = |id, code: &str, parent_id| ExistingUnit {
        id,
        code: Some(code.into()),
        name: code.into(),
        parent_id,
        kind: UnitKind::Unit,
        leader_person_id: None,
    };
    let db = Existing { units: vec![unit(1, "X", None), unit(2, "Y", Some(1))], ..Existing::default() };
    let line = "1;A;A;;;X;X;Y;;Kokk;;100;01.01.2020;;;";
    let errors = plan(&rows(&[line]), &db, today()).expect_err("refused");
    assert_eq!(summary(&errors), [(2, "Overordnet enhetskode".into(), "unit-cycle")]);
    // Moving X to the top instead is fine, and Y simply follows it.
    let line = "1;A;A;;;X;X;;;Kokk;;100;01.01.2020;;;";
    assert!(plan(&rows(&[line]), &db, today()).is_ok());
}

const OTHER: &str = "20001;Nils;Vik;;1980;OP;Oppvekst;;sektor;Kommunalsjef;;100;01.01.2018;;ja;S-3001";
const SCHOOL: &str = "20002;Lise;Hovd;;1988;OP-SK;Fjord skule;OP;;Lærer;;100;01.08.2020;;nei;S-3002";

#[test]
fn a_file_of_one_part_ends_nothing_outside_it_and_says_where_positions_end() {
    let db = imported(&[SECTOR, LEADER, NURSE, OTHER, SCHOOL]);
    let unit = |code: &str| db.units.iter().find(|u| u.code.as_deref() == Some(code)).unwrap().id;
    // A file of Helse og omsorg alone, without Aisha's sector position.
    let part = rows(&[LEADER, NURSE]);
    let whole = plan(&part, &db, today()).expect("planned");
    assert_eq!(whole.ended_positions.len(), 3, "read as the whole organisation, Oppvekst's positions and S-1002 end");
    assert_eq!(whole.ended_units.iter().map(|(_, n)| n).sum::<usize>(), 3);
    let scoped = plan_scoped(&part, &db, today(), Scope::FileUnits).expect("planned");
    assert!(scoped.ended_positions.is_empty(), "HO-SOL is fully listed, HO itself is not in the file: {:?}", scoped.ended_units);
    // A file naming the sector covers the units below it, but not Oppvekst.
    let sector_part = rows(&[SECTOR.replace("S-1002", "S-1003").as_str(), LEADER]);
    let p = plan_scoped(&sector_part, &db, today(), Scope::FileUnits).expect("planned");
    let ended_in: Vec<(i64, usize)> = p.ended_units.clone();
    assert_eq!(ended_in, vec![(unit("HO"), 1), (unit("HO-SOL"), 1)], "S-1002 in HO and Aisha's S-2002 below it end; nothing in Oppvekst");
    assert_eq!(Scope::parse("file_units"), Some(Scope::FileUnits));
    assert_eq!(Scope::parse(Scope::Whole.code()), Some(Scope::Whole));
    assert_eq!(Scope::parse("all"), None);
}
