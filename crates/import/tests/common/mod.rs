//! Shared helpers: a canonical header, and applying a plan to an in-memory store.
#![allow(dead_code)]

use chrono::NaiveDate;
use saman_import::*;

pub const THIS_YEAR: i32 = 2026;

pub const HEADER: &str = "Ansattnummer;Fornavn;Etternavn;E-post;Fødselsår;Enhetskode;Enhet;Overordnet enhetskode;Enhetstype;Stillingstittel;Stillingskode;Stillingsprosent;Startdato;Sluttdato;Leder;Stillingsnummer";

pub fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// A semicolon CSV with the canonical header and the given lines.
pub fn csv(lines: &[&str]) -> Vec<u8> {
    let mut s = String::from(HEADER);
    for l in lines {
        s.push('\n');
        s.push_str(l);
    }
    s.push('\n');
    s.into_bytes()
}

pub fn rows(lines: &[&str]) -> Vec<OrgRow> {
    match parse_org_file(&csv(lines), "org.csv", THIS_YEAR) {
        Ok(rows) => rows,
        Err(e) => panic!("file refused: {e:?}"),
    }
}

pub fn errors(bytes: &[u8], filename: &str) -> Vec<ImportError> {
    match parse_org_file(bytes, filename, THIS_YEAR) {
        Ok(rows) => panic!("file accepted: {rows:?}"),
        Err(e) => e,
    }
}

/// `(line, column, code)` of each error, for compact assertions.
pub fn summary(errors: &[ImportError]) -> Vec<(usize, String, &'static str)> {
    errors.iter().map(|e| (e.line, e.column.clone().unwrap_or_default(), e.code.code())).collect()
}

/// What a store would do with a plan, on plain vectors.
pub fn apply(plan: &Plan, db: &mut Existing) {
    let mut next =
        db.units.iter().map(|u| u.id).chain(db.people.iter().map(|p| p.id)).chain(db.positions.iter().map(|p| p.id)).max().unwrap_or(0) + 1;
    let mut id = || {
        next += 1;
        next - 1
    };
    let mut new_unit_ids = Vec::new();
    let unit_id = |r: UnitRef, new: &[i64]| match r {
        UnitRef::Existing(id) => id,
        UnitRef::New(k) => new[k],
    };
    for u in &plan.new_units {
        let parent_id = u.parent.map(|p| unit_id(p, &new_unit_ids));
        let uid = id();
        db.units.push(ExistingUnit {
            id: uid,
            code: Some(u.code.clone()),
            name: u.name.clone(),
            parent_id,
            kind: u.kind,
            leader_person_id: None,
        });
        new_unit_ids.push(uid);
    }
    for c in &plan.unit_changes {
        let parent_id = c.parent.map(|p| unit_id(p, &new_unit_ids));
        let u = db.units.iter_mut().find(|u| u.id == c.id).expect("changed unit exists");
        (u.name, u.kind, u.parent_id) = (c.name.clone(), c.kind, parent_id);
    }
    let mut new_person_ids = Vec::new();
    for p in &plan.new_people {
        let pid = id();
        db.people.push(ExistingPerson {
            id: pid,
            employee_number: Some(p.employee_number.clone()),
            given_name: p.given_name.clone(),
            family_name: p.family_name.clone(),
            email: p.email.clone(),
            birth_year: p.birth_year,
        });
        new_person_ids.push(pid);
    }
    let person_id = |r: PersonRef| match r {
        PersonRef::Existing(id) => id,
        PersonRef::New(k) => new_person_ids[k],
    };
    for c in &plan.person_changes {
        let p = db.people.iter_mut().find(|p| p.id == c.id).expect("changed person exists");
        (p.given_name, p.family_name, p.email, p.birth_year) = (c.given_name.clone(), c.family_name.clone(), c.email.clone(), c.birth_year);
    }
    for p in &plan.new_positions {
        let pid = id();
        db.positions.push(ExistingPosition {
            id: pid,
            person_id: person_id(p.person),
            unit_id: unit_id(p.unit, &new_unit_ids),
            external_key: Some(p.key.clone()),
            title: p.title.clone(),
            position_code: p.position_code.clone(),
            percent: p.percent,
            start_date: p.start_date,
            end_date: p.end_date,
        });
    }
    for c in &plan.position_changes {
        let p = db.positions.iter_mut().find(|p| p.id == c.id).expect("changed position exists");
        p.unit_id = unit_id(c.unit, &new_unit_ids);
        (p.title, p.position_code, p.percent, p.start_date, p.end_date) =
            (c.title.clone(), c.position_code.clone(), c.percent, c.start_date, c.end_date);
    }
    for id in &plan.ended_positions {
        let p = db.positions.iter_mut().find(|p| p.id == *id).expect("ended position exists");
        p.end_date = Some(plan.today);
    }
    for l in &plan.leader_changes {
        let uid = unit_id(l.unit, &new_unit_ids);
        let u = db.units.iter_mut().find(|u| u.id == uid).expect("led unit exists");
        u.leader_person_id = Some(person_id(l.person));
    }
}
