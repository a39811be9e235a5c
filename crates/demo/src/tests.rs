use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};
use saman_domain::{OrgKind, UnitKind};

use crate::structure::MUNICIPAL_SECTORS;
use crate::*;

fn demo(employees: usize) -> Demo {
    generate(&DemoConfig { seed: 2026, employees })
}

fn people_in(org: &DemoOrg, unit: usize) -> HashSet<usize> {
    org.positions.iter().filter(|p| p.unit == unit).map(|p| p.person).collect()
}

fn account<'a>(d: &'a Demo, username: &str) -> &'a DemoAccount {
    d.accounts.iter().find(|a| a.username == username).unwrap_or_else(|| panic!("no account {username}"))
}

#[test]
fn same_seed_gives_same_demo() {
    let cfg = DemoConfig::default();
    assert_eq!(cfg, DemoConfig { seed: 2026, employees: 1500 });
    assert_eq!(generate(&cfg), generate(&cfg));
}

#[test]
fn different_seed_gives_different_people() {
    let a = generate(&DemoConfig { seed: 1, employees: 300 });
    let b = generate(&DemoConfig { seed: 2, employees: 300 });
    assert_ne!(a.orgs[0].people, b.orgs[0].people);
    // The frame stays: same organisations and accounts.
    assert_eq!(a.orgs.iter().map(|o| &o.name).collect::<Vec<_>>(), b.orgs.iter().map(|o| &o.name).collect::<Vec<_>>());
    assert_eq!(a.accounts.iter().map(|x| &x.username).collect::<Vec<_>>(), b.accounts.iter().map(|x| &x.username).collect::<Vec<_>>());
}

#[test]
fn people_count_is_exact() {
    for n in [0, 1, 20, 1500, 50_000] {
        let d = demo(n);
        let total: usize = d.orgs.iter().map(|o| o.people.len()).sum();
        assert_eq!(total, n.max(MIN_EMPLOYEES), "employees = {n}");
        for o in &d.orgs {
            assert!(o.people.len() >= MIN_PER_ORG, "{} has {} people", o.name, o.people.len());
        }
    }
    // Roughly 45 / 25 / 15 / 15.
    let d = demo(50_000);
    let counts: Vec<usize> = d.orgs.iter().map(|o| o.people.len()).collect();
    assert_eq!(counts, [22_500, 12_500, 7_500, 7_500]);
}

#[test]
fn organisations_and_sectors() {
    let d = demo(1500);
    assert_eq!(d.network_name, "Kompetansenettverket Vestland sør");
    let municipalities: Vec<&DemoOrg> = d.orgs.iter().filter(|o| o.kind == OrgKind::Municipality).collect();
    assert!(municipalities.len() >= 3);
    assert!(d.orgs.iter().any(|o| o.kind == OrgKind::HospitalTrust));
    for m in &municipalities {
        for sector in MUNICIPAL_SECTORS {
            assert!(m.units.iter().any(|u| u.kind == UnitKind::Sector && u.name == sector), "{} lacks sector {sector}", m.name);
        }
        for kind in ["sykehjem", "skole", "barnehage", "Hjemmetjenesten sone"] {
            assert!(m.units.iter().any(|u| u.kind == UnitKind::Unit && u.name.contains(kind)), "{} lacks {kind}", m.name);
        }
    }
    let hospital = &d.orgs[accounts::HOSPITAL];
    assert_eq!(hospital.kind, OrgKind::HospitalTrust);
    assert!(hospital.units.iter().any(|u| u.name.starts_with("Medisinsk sengepost")));
    let numbers: HashSet<&str> = d.orgs.iter().map(|o| o.org_number.as_str()).collect();
    assert_eq!(numbers.len(), d.orgs.len());
    for o in &d.orgs {
        assert!(o.org_number.len() == 9 && o.org_number.bytes().all(|b| b.is_ascii_digit()), "{}", o.org_number);
    }
}

#[test]
fn indices_codes_and_uniqueness() {
    for n in [0, 20, 1500, 50_000] {
        let d = demo(n);
        for o in &d.orgs {
            for (i, u) in o.units.iter().enumerate() {
                let parent_kind = u.parent.map(|p| {
                    assert!(p < i, "{}: parent after child", u.code);
                    o.units[p].kind
                });
                let expected = match u.kind {
                    UnitKind::Sector => None,
                    UnitKind::Department => Some(UnitKind::Sector),
                    UnitKind::Unit => Some(UnitKind::Department),
                };
                assert_eq!(parent_kind, expected, "{}", u.code);
                if let Some(l) = u.leader {
                    assert!(l < o.people.len());
                }
            }
            let codes: HashSet<&str> = o.units.iter().map(|u| u.code.as_str()).collect();
            assert_eq!(codes.len(), o.units.len(), "unit codes in {}", o.name);
            let numbers: HashSet<&str> = o.people.iter().map(|p| p.employee_number.as_str()).collect();
            assert_eq!(numbers.len(), o.people.len(), "employee numbers in {}", o.name);
            let emails: HashSet<&str> = o.people.iter().map(|p| p.email.as_str()).collect();
            assert_eq!(emails.len(), o.people.len(), "e-mails in {}", o.name);
            for p in &o.people {
                assert!(p.email.is_ascii() && saman_domain::parse::email(&p.email).is_ok(), "{}", p.email);
            }
            for (i, pos) in o.positions.iter().enumerate() {
                assert!(pos.person < o.people.len() && pos.unit < o.units.len());
                assert_eq!(o.units[pos.unit].kind, UnitKind::Unit, "positions only in leaf units");
                if i < o.people.len() {
                    assert_eq!(pos.person, i, "first positions come in person order");
                }
            }
        }
    }
}

#[test]
fn emails_fold_norwegian_letters() {
    let d = demo(1500);
    let o = &d.orgs[0];
    assert!(
        o.people
            .iter()
            .any(|p| p.given_name.contains(['æ', 'ø', 'å', 'Æ', 'Ø', 'Å']) || p.family_name.contains(['æ', 'ø', 'å', 'Æ', 'Ø', 'Å']))
    );
    assert!(o.people.iter().all(|p| p.email.ends_with("@fjordvik.kommune.no")));
    assert!(o.people.iter().any(|p| p.email.chars().filter(|c| c.is_ascii_digit()).count() > 0), "duplicates get a number");
}

#[test]
fn every_staffed_leaf_has_a_leader_working_there() {
    let leader_titles = ["Enhetsleder", "Avdelingsleder", "Rektor", "Styrer"];
    for n in [20, 1500, 50_000] {
        let d = demo(n);
        for o in &d.orgs {
            for (i, u) in o.units.iter().enumerate().filter(|(_, u)| u.kind == UnitKind::Unit) {
                let staff = people_in(o, i);
                if staff.is_empty() {
                    continue;
                }
                let leader = u.leader.unwrap_or_else(|| panic!("{} {} has people but no leader", o.name, u.name));
                let pos = &o.positions[leader];
                assert_eq!(pos.unit, i, "leader's first position is in the unit");
                assert!(leader_titles.contains(&pos.title.as_str()), "{}", pos.title);
            }
        }
    }
}

#[test]
fn titles_fit_units() {
    let d = demo(1500);
    let o = &d.orgs[0];
    let titles_in = |needle: &str| -> HashSet<&str> {
        o.positions.iter().filter(|p| o.units[p.unit].name.contains(needle)).map(|p| p.title.as_str()).collect()
    };
    assert!(titles_in("sykehjem").contains("Sykepleier"));
    assert!(titles_in("skole").contains("Lærer"));
    assert!(titles_in("barnehage").contains("Barnehagelærer"));
    let hospital: HashSet<&str> = d.orgs[accounts::HOSPITAL].positions.iter().map(|p| p.title.as_str()).collect();
    assert!(hospital.contains("Lege i spesialisering") && hospital.contains("Spesialsykepleier"));
    assert!(o.positions.iter().any(|p| p.title == "Sykepleier" && p.position_code == "7174"));
}

#[test]
fn the_eight_accounts() {
    for n in [0, 20, 1500] {
        let d = demo(n);
        let names: Vec<&str> = d.accounts.iter().map(|a| a.username.as_str()).collect();
        assert_eq!(names, ["admin", "koordinator", "hr", "hr.lindoy", "leder", "leder.skole", "ansatt", "ansatt.sykehus"]);
        for a in &d.accounts {
            assert!(saman_domain::parse::username(&a.username).is_ok());
            if let Some((org, person)) = a.person {
                let p = &d.orgs[org].people[person];
                assert_eq!(a.display_name, format!("{} {}", p.given_name, p.family_name));
                assert!(d.orgs[org].positions.iter().any(|pos| pos.person == person));
                assert!(a.grants.contains(&DemoGrant::Employee { org }), "{} is an employee of its org", a.username);
            }
        }
        let admin = account(&d, "admin");
        assert_eq!(
            (admin.grants.as_slice(), admin.person, admin.display_name.as_str()),
            (&[DemoGrant::Admin][..], None, "Systemadministrator")
        );
        let coord = account(&d, "koordinator");
        assert_eq!((coord.grants.as_slice(), coord.person), (&[DemoGrant::Coordinator][..], None));

        let hr = account(&d, "hr");
        assert!(hr.grants.contains(&DemoGrant::Hr { org: 0 }));
        let (org, person) = hr.person.unwrap();
        assert_eq!(org, 0);
        let hr_unit = &d.orgs[0].units[d.orgs[0].positions[person].unit];
        assert_eq!(hr_unit.name, "Personal og organisasjon");
        let administration = d.orgs[0].units[hr_unit.parent.unwrap()].parent.unwrap();
        assert_eq!(d.orgs[0].units[administration].name, "Administrasjon");
        assert!(account(&d, "hr.lindoy").grants.contains(&DemoGrant::Hr { org: 1 }));
        assert_eq!(account(&d, "hr.lindoy").person.unwrap().0, 1);

        let leder = account(&d, "leder");
        let (org, boss) = leder.person.unwrap();
        let unit = leder.grants.iter().find_map(|g| match g {
            DemoGrant::Leader { org: 0, unit } => Some(*unit),
            _ => None,
        });
        let unit = unit.expect("leder leads a unit in org 0");
        assert_eq!(org, 0);
        assert!(d.orgs[0].units[unit].name.contains("sykehjem"));
        assert_eq!(d.orgs[0].units[unit].leader, Some(boss), "the unit's leader is the account's person");

        let ansatt = account(&d, "ansatt");
        assert_eq!(ansatt.grants, [DemoGrant::Employee { org: 0 }]);
        let (org, nurse) = ansatt.person.unwrap();
        assert_eq!(org, 0);
        assert_ne!(nurse, boss);
        assert!(d.orgs[0].positions.iter().any(|p| p.person == nurse && p.unit == unit && p.title == "Sykepleier"));

        let skole = account(&d, "leder.skole");
        let (_, head) = skole.person.unwrap();
        let school = skole.grants.iter().find_map(|g| match g {
            DemoGrant::Leader { org: 0, unit } => Some(*unit),
            _ => None,
        });
        let school = school.expect("leder.skole leads a school");
        assert!(d.orgs[0].units[school].name.ends_with("skole"));
        assert_eq!(d.orgs[0].units[school].leader, Some(head));
        assert_eq!(d.orgs[0].positions[head].title, "Rektor");

        let sykehus = account(&d, "ansatt.sykehus");
        assert_eq!(sykehus.person.unwrap().0, accounts::HOSPITAL);
        assert_eq!(d.orgs[accounts::HOSPITAL].kind, OrgKind::HospitalTrust);
    }
}

#[test]
fn ages_and_dates_are_plausible() {
    let d = demo(50_000);
    let first = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    let allowed: HashSet<i64> = [100, 80, 75, 60, 50, 40, 20].into_iter().map(|p| p * 100).collect();
    for o in &d.orgs {
        for p in &o.people {
            assert!((1959..=2004).contains(&p.birth_year), "{}", p.birth_year);
        }
        for pos in &o.positions {
            let born = o.people[pos.person].birth_year;
            assert!(pos.start_date >= first && pos.start_date <= last, "{}", pos.start_date);
            assert!(pos.start_date.year() >= born + 18, "started before 18");
            assert!(allowed.contains(&pos.percent.hundredths()));
        }
        let extra = o.positions.len() - o.people.len();
        let share = extra as f64 / o.people.len() as f64;
        assert!((0.05..=0.11).contains(&share), "{}: {share} have a second position", o.name);
        // No one works over 100 % in total.
        let mut total = vec![0i64; o.people.len()];
        for pos in &o.positions {
            total[pos.person] += pos.percent.hundredths();
        }
        assert!(total.iter().all(|&t| t <= 10_000));
    }
}

#[test]
fn care_is_older_and_more_part_time_than_schools() {
    let d = demo(50_000);
    let o = &d.orgs[0];
    let stats = |needle: &str| {
        let pos: Vec<&DemoPosition> = o.positions[..o.people.len()].iter().filter(|p| o.units[p.unit].name.contains(needle)).collect();
        let n = pos.len() as f64;
        let aged = pos.iter().filter(|p| (1966..=1981).contains(&o.people[p.person].birth_year)).count() as f64 / n;
        let part = pos.iter().filter(|p| p.percent.hundredths() < 10_000).count() as f64 / n;
        (aged, part)
    };
    let (care_aged, care_part) = stats("sykehjem");
    let (school_aged, school_part) = stats("skole");
    assert!(care_aged > school_aged, "{care_aged} vs {school_aged}");
    assert!(care_part > 0.5 && care_part > school_part + 0.2, "{care_part} vs {school_part}");
}

#[test]
fn leaf_units_hold_a_few_dozen_people() {
    for n in [1500, 50_000] {
        let d = demo(n);
        let mut sizes = Vec::new();
        for o in &d.orgs {
            let mut count = vec![0usize; o.units.len()];
            for pos in &o.positions[..o.people.len()] {
                count[pos.unit] += 1;
            }
            sizes.extend(o.units.iter().zip(&count).filter(|(u, _)| u.kind == UnitKind::Unit).map(|(_, &c)| c));
        }
        let mean = sizes.iter().sum::<usize>() as f64 / sizes.len() as f64;
        let max = sizes.iter().copied().max().unwrap_or(0);
        assert!((10.0..=60.0).contains(&mean), "n={n}: mean {mean}");
        assert!(max <= 120, "n={n}: largest leaf has {max}");
    }
    let small: usize = demo(1500).orgs.iter().map(|o| o.units.len()).sum();
    let large: usize = demo(50_000).orgs.iter().map(|o| o.units.len()).sum();
    assert!(large > small * 5, "units grow with employees: {small} → {large}");
}

#[test]
fn fifty_thousand_employees_are_all_placed() {
    // Speed is measured by `saman bench demo`, not here.
    let d = demo(50_000);
    assert_eq!(d.orgs.iter().map(|o| o.people.len()).sum::<usize>(), 50_000);
    for o in &d.orgs {
        let placed: std::collections::HashSet<usize> = o.positions.iter().map(|p| p.person).collect();
        assert_eq!(placed.len(), o.people.len(), "{} has people without a position", o.name);
    }
}

// Competence: holdings, requirements and wishes.

fn catalogue() -> &'static saman_catalogue::Catalogue {
    saman_catalogue::default_catalogue_ref()
}

fn max_level(key: &str) -> u8 {
    let c = catalogue().competence(key).unwrap_or_else(|| panic!("{key} is not in the default catalogue"));
    catalogue().scale(&c.scale).map(|s| s.max_value()).unwrap_or(0)
}

fn is_formal_above_unskilled(key: &str) -> bool {
    catalogue().competence(key).is_some_and(|c| {
        c.kind == saman_catalogue::Kind::FormalEducation && c.ladder.is_some_and(|l| l > saman_catalogue::Level::Unskilled)
    })
}

#[test]
fn every_named_competence_key_exists() {
    let missing: Vec<&str> = competence::named_keys().into_iter().filter(|k| catalogue().competence(k).is_none()).collect();
    assert!(missing.is_empty(), "not in the default catalogue: {missing:?}");
}

#[test]
fn competence_keys_levels_and_dates_are_valid() {
    for n in [20, 1500] {
        let d = demo(n);
        for o in &d.orgs {
            let mut seen = HashSet::new();
            let mut last_person = 0;
            for h in &o.holdings {
                assert!(h.person < o.people.len());
                assert!(h.person >= last_person, "holdings come in person order");
                last_person = h.person;
                assert!(seen.insert((h.person, h.competence_key.as_str())), "{} held twice", h.competence_key);
                assert!((1..=max_level(&h.competence_key)).contains(&h.level), "{} at level {}", h.competence_key, h.level);
                assert!(["imported", "self", "verified"].contains(&h.source), "{}", h.source);
                assert!(h.obtained_on <= REFERENCE_DATE, "{} obtained {}", h.competence_key, h.obtained_on);
                assert!(h.obtained_on.year() >= o.people[h.person].birth_year + 17, "{} obtained too young", h.competence_key);
                let validity = catalogue().competence(&h.competence_key).and_then(|c| c.validity_months);
                let expected = validity.and_then(|m| h.obtained_on.checked_add_months(chrono::Months::new(m)));
                assert_eq!(h.expires_on, expected, "{}", h.competence_key);
            }
            let mut wished = HashSet::new();
            for (person, key) in &o.wishes {
                assert!(*person < o.people.len());
                max_level(key);
                assert!(wished.insert((*person, key.as_str())), "{key} wished twice");
                assert!(!seen.contains(&(*person, key.as_str())), "{key} wished but held");
            }
            for r in &o.requirements {
                assert!((1..=max_level(&r.competence_key)).contains(&r.min_level), "{}", r.competence_key);
                match (r.unit, &r.position_code) {
                    (Some(u), None) => {
                        assert_eq!(o.units[u].kind, UnitKind::Unit);
                        assert!(r.min_count.is_some_and(|c| c >= 1));
                    }
                    (None, Some(code)) => {
                        assert!(o.positions.iter().any(|p| &p.position_code == code), "{code} is used");
                        assert_eq!(r.min_count, None);
                    }
                    other => panic!("requirement for {other:?}"),
                }
            }
        }
    }
}

#[test]
fn courses_have_expired_and_expire_soon() {
    let d = demo(1500);
    let soon = REFERENCE_DATE + chrono::Days::new(90);
    let all: Vec<&DemoHolding> = d.orgs.iter().flat_map(|o| &o.holdings).collect();
    let with_expiry = all.iter().filter(|h| h.expires_on.is_some()).count();
    let expired = all.iter().filter(|h| h.expires_on.is_some_and(|e| e < REFERENCE_DATE)).count();
    let expiring = all.iter().filter(|h| h.expires_on.is_some_and(|e| e >= REFERENCE_DATE && e <= soon)).count();
    assert!(expired > 0 && expiring > 0, "{expired} expired, {expiring} expiring");
    let (expired, expiring) = (expired as f64 / with_expiry as f64, expiring as f64 / with_expiry as f64);
    assert!((0.08..=0.3).contains(&expired), "{expired} of the dated holdings have expired");
    assert!((0.05..=0.3).contains(&expiring), "{expiring} expire within 90 days");
    // Medication administration, first aid, fire safety and infection control are among them.
    for key in ["legemiddelhandtering", "hlr-hjertestarter", "brannvern", "basale-smittevernrutiner"] {
        assert!(all.iter().any(|h| h.competence_key == key && h.expires_on.is_some_and(|e| e < REFERENCE_DATE)), "{key} expired");
        assert!(
            all.iter().any(|h| h.competence_key == key && h.expires_on.is_some_and(|e| e >= REFERENCE_DATE && e <= soon)),
            "{key} expiring"
        );
    }
}

/// Share of people with `code` as first position who hold `key`.
fn share_holding(d: &Demo, code: &str, key: &str) -> f64 {
    let (mut with, mut total) = (0, 0);
    for o in &d.orgs {
        let held: HashSet<(usize, &str)> = o.holdings.iter().map(|h| (h.person, h.competence_key.as_str())).collect();
        for pos in o.positions[..o.people.len()].iter().filter(|p| p.position_code == code) {
            total += 1;
            with += usize::from(held.contains(&(pos.person, key)));
        }
    }
    assert!(total > 0, "no {code}");
    with as f64 / total as f64
}

#[test]
fn professions_hold_their_education() {
    let d = demo(50_000);
    for (code, key, low) in [
        ("7174", "bachelor-sykepleie", 0.95),
        ("7174", "autorisasjon-sykepleier", 0.9),
        ("7611", "fagbrev-helsearbeiderfaget", 0.9),
        ("7611", "autorisasjon-helsefagarbeider", 0.85),
        ("7947", "barnehagelaererutdanning", 0.85),
        ("7589", "fagbrev-barne-og-ungdomsarbeiderfaget", 0.9),
        ("7956", "lektorutdanning", 0.8),
        ("9215", "autorisasjon-lege", 0.99),
    ] {
        let share = share_holding(&d, code, key);
        assert!((low..1.0).contains(&share) || (low == 0.99 && share == 1.0), "{code} {key}: {share}");
    }
    let teachers = share_holding(&d, "7954", "grunnskolelaererutdanning-5-10") + share_holding(&d, "7954", "grunnskolelaererutdanning-1-7");
    assert!(teachers > 0.75, "{teachers}");
    // Most care staff hold medication administration, valid or not.
    assert!(share_holding(&d, "7174", "legemiddelhandtering") > 0.9);
    assert!(share_holding(&d, "7611", "legemiddelhandtering") > 0.8);
    let leaders = share_holding(&d, "9451", "videreutdanning-ledelse") + share_holding(&d, "9451", "styrerutdanning");
    assert!((0.2..0.9).contains(&leaders), "{leaders}");
}

#[test]
fn unskilled_assistants_exist_and_some_want_the_trade_certificate() {
    let d = demo(1500);
    let o = &d.orgs[0];
    let formal: HashSet<usize> = o.holdings.iter().filter(|h| is_formal_above_unskilled(&h.competence_key)).map(|h| h.person).collect();
    let assistants: Vec<usize> = o.positions[..o.people.len()].iter().filter(|p| p.position_code == "7215").map(|p| p.person).collect();
    let unskilled: Vec<usize> = assistants.iter().copied().filter(|p| !formal.contains(p)).collect();
    assert!(unskilled.len() * 4 > assistants.len(), "{} of {} assistants unskilled", unskilled.len(), assistants.len());
    assert!(unskilled.len() < assistants.len(), "some assistants are skilled");
    let want: HashSet<usize> = o.wishes.iter().filter(|(_, k)| k == "fagbrev-helsearbeiderfaget").map(|(p, _)| *p).collect();
    assert!(unskilled.iter().any(|p| want.contains(p)), "an unskilled assistant is taking the trade certificate");
    // Nurses want further education in dementia or palliative care.
    let nurses: HashSet<usize> = o.positions.iter().filter(|p| p.position_code == "7174").map(|p| p.person).collect();
    assert!(o.wishes.iter().any(|(p, k)| nurses.contains(p) && (k.contains("demens") || k.contains("palliasjon"))));
}

#[test]
fn requirements_per_position_code_and_unit() {
    for n in [20, 1500] {
        let d = demo(n);
        for o in &d.orgs {
            let has_code = |code: &str, key: &str| {
                o.requirements
                    .iter()
                    .any(|r| r.position_code.as_deref() == Some(code) && r.competence_key == key && r.mandatory && r.unit.is_none())
            };
            if o.positions.iter().any(|p| p.position_code == "7174") {
                for key in ["bachelor-sykepleie", "autorisasjon-sykepleier", "legemiddelhandtering"] {
                    assert!(has_code("7174", key), "{}: 7174 requires {key}", o.name);
                }
            }
            for (code, key) in [
                ("7611", "fagbrev-helsearbeiderfaget"),
                ("7611", "autorisasjon-helsefagarbeider"),
                ("7954", "grunnskolelaererutdanning-5-10"),
                ("7947", "barnehagelaererutdanning"),
            ] {
                if o.positions.iter().any(|p| p.position_code == code) {
                    assert!(has_code(code, key), "{}: {code} requires {key}", o.name);
                }
            }
            let unit_needs = |needle: &str, key: &str, min: u32| {
                for (i, u) in o.units.iter().enumerate().filter(|(_, u)| u.kind == UnitKind::Unit && u.name.contains(needle)) {
                    assert!(
                        o.requirements
                            .iter()
                            .any(|r| r.unit == Some(i) && r.competence_key == key && r.min_count.is_some_and(|c| c >= min)),
                        "{} needs {min} with {key}",
                        u.name
                    );
                }
            };
            unit_needs("sykehjem", "legemiddelhandtering", 4);
            unit_needs("sykehjem", "hlr-hjertestarter", 3);
            unit_needs("barnehage", "forstehjelp-barn", 2);
            unit_needs("Hjemmetjenesten", "forerkort-b", 3);
            unit_needs("sengepost", "hlr-hjertestarter", 4);
        }
    }
}

#[test]
fn holdings_per_person_and_wishes() {
    // Generation speed is measured by `saman bench demo`, not here.
    for n in [1500, 50_000] {
        let d = demo(n);
        let holdings: usize = d.orgs.iter().map(|o| o.holdings.len()).sum();
        let requirements: usize = d.orgs.iter().map(|o| o.requirements.len()).sum();
        let wishes: usize = d.orgs.iter().map(|o| o.wishes.len()).sum();
        let per_person = holdings as f64 / n as f64;
        eprintln!("{n} employees: {holdings} holdings ({per_person:.1} each), {requirements} requirements, {wishes} wishes");
        assert!((15.0..=30.0).contains(&per_person), "{per_person}");
        assert!(wishes * 20 > n && wishes < n, "{wishes}");
    }
}
