//! What a unit or a position code requires: HR sets requirements anywhere in the
//! organisation (a position code only HR); a leader on the units they lead. A leader removes
//! only what is set on a unit they lead; a requirement inherited from above is HR's.

use crate::gaps::{Analysis, Scope, analyse};
use crate::{Actor, App, Error, Problems, Result};
use saman_domain::{Access, OrgId, UnitId};
use saman_store::{CompetenceId, Requirement};

/// A requirement as someone asked for it.
#[derive(Debug, Clone, Default)]
pub struct Ask {
    pub competence: Option<i64>,
    /// For everyone with the position code across the organisation, instead of a number in the unit.
    pub position_code: Option<String>,
    /// How many in the unit must hold it.
    pub min_count: Option<i64>,
    pub min_level: i64,
    pub mandatory: bool,
    /// Competences that count as well.
    pub alternatives: Vec<i64>,
}

/// Checks an ask against the analysis of the unit it is made on; every problem names its field.
pub fn check(a: &Analysis, access: &Access, ask: &Ask) -> Result<Requirement> {
    if !a.can_edit {
        return Err(Error::Forbidden);
    }
    if ask.position_code.is_some() && !access.manages_org(a.org.id) {
        // A position code applies across the organisation: that is HR's call.
        return Err(Error::Forbidden);
    }
    let mut p = Problems::default();
    let comp = ask.competence.and_then(|c| a.catalogue.iter().find(|x| x.id.0 == c));
    if comp.is_none() {
        p.add("competence", if ask.competence.is_none() { "err-required" } else { "err-bad-choice" });
    }
    if let Some(c) = comp
        && !(1..=crate::holdings::max_level(&c.scale)).contains(&ask.min_level)
    {
        p.add("min_level", "err-bad-level");
    }
    let others: Vec<i64> = ask.alternatives.iter().copied().filter(|c| Some(*c) != ask.competence).collect();
    let alternatives: Vec<CompetenceId> =
        others.iter().filter_map(|c| a.catalogue.iter().find(|x| x.id.0 == *c)).map(|c| CompetenceId(c.id.0)).collect();
    if alternatives.len() != others.len() {
        p.add("alternatives", "err-bad-choice");
    }
    let (unit, code, count) = match ask.position_code.as_deref().map(str::trim) {
        Some(code) => {
            if code.is_empty() || code.len() > 20 {
                p.add("position_code", "err-required");
            }
            (None, Some(code.to_string()), None)
        }
        None => match ask.min_count {
            Some(n) if (1..=10_000).contains(&n) && a.unit.is_some() => (a.unit.as_ref().map(|u| u.id), None, Some(n)),
            _ => {
                p.add("min_count", "err-bad-count");
                (None, None, None)
            }
        },
    };
    p.done()?;
    let Some(c) = comp else { return Err(Error::invalid("competence", "err-required")) };
    Ok(Requirement {
        id: 0,
        org: a.org.id,
        unit,
        position_code: code,
        competence: CompetenceId(c.id.0),
        min_level: ask.min_level,
        mandatory: ask.mandatory,
        min_count: count,
        alternatives,
    })
}

/// Whether the actor may remove the requirement: HR any; a leader one set on a unit they lead
/// (or below it), never one set above them or on a position code.
/// `ancestry_of_its_unit` is the ancestry of the unit it is set on (none for a position code).
pub fn may_remove(access: &Access, org: OrgId, ancestry_of_its_unit: Option<&[UnitId]>) -> bool {
    if access.manages_org(org) {
        return true;
    }
    let led = access.led_units(org);
    ancestry_of_its_unit.is_some_and(|anc| anc.iter().any(|u| led.contains(u)))
}

/// Adds a requirement on the unit. Answers the analysis it was made on.
pub async fn add(app: &App, actor: &Actor, unit: UnitId, ask: &Ask) -> Result<Analysis> {
    let a = analyse(app, actor, Scope::Unit(unit), 90).await?;
    let req = check(&a, &actor.access, ask)?;
    app.db.competences().add_requirement(&actor.audit(), &req).await?;
    Ok(a)
}

/// Removes a requirement shown on the unit's analysis, if the actor may.
pub async fn remove(app: &App, actor: &Actor, unit: UnitId, id: i64) -> Result<Analysis> {
    let a = analyse(app, actor, Scope::Unit(unit), 90).await?;
    let Some(r) = a.requirements.iter().find(|r| r.id == id) else { return Err(Error::NotFound) };
    let view = app.orgs.get(&app.db, a.org.id).await?;
    let anc = r.unit.map(|u| view.tree.ancestry(u));
    if !may_remove(&actor.access, a.org.id, anc.as_deref()) {
        return Err(Error::Forbidden);
    }
    app.db.competences().delete_requirement(&actor.audit(), a.org.id, id).await?;
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use saman_domain::Grant;
    use saman_domain::org::{OrgKind, UnitKind};
    use saman_store::{CompetenceRow, Organisation, Unit};

    fn competence(id: i64) -> CompetenceRow {
        CompetenceRow {
            id: CompetenceId(id),
            org: None,
            key: format!("c{id}"),
            kind: "course".into(),
            category: "health".into(),
            scale: "proficiency".into(),
            name_nb: "K".into(),
            name_nn: "K".into(),
            name_en: "C".into(),
            validity_months: None,
            ladder: None,
            position_codes: vec![],
        }
    }

    fn analysis(can_edit: bool, unit: bool) -> Analysis {
        Analysis {
            org: Organisation {
                id: OrgId(1),
                network_id: None,
                name: "Fjordvik".into(),
                kind: OrgKind::Municipality,
                org_number: None,
                municipality_number: None,
            },
            unit: unit.then(|| Unit {
                id: UnitId(5),
                org: OrgId(1),
                parent: None,
                code: None,
                name: "Sjukeheimen".into(),
                kind: UnitKind::Unit,
                leader: None,
            }),
            report: saman_gap::Report { people: 0, rows: vec![], expiring: vec![], dilution: vec![], ladder: vec![] },
            catalogue: std::sync::Arc::new(vec![competence(3), competence(4)]),
            requirements: vec![],
            names_visible: true,
            can_edit,
        }
    }

    fn ask() -> Ask {
        Ask { competence: Some(3), min_count: Some(2), min_level: 1, mandatory: true, ..Ask::default() }
    }

    fn problems(r: Result<Requirement>) -> Vec<(&'static str, &'static str)> {
        match r {
            Err(Error::Invalid(p)) => p.iter().map(|x| (x.field, x.key)).collect(),
            other => panic!("expected problems, got {other:?}"),
        }
    }

    #[test]
    fn a_requirement_on_the_unit_counts_people_there_and_keeps_its_alternatives() {
        let leader = Access { grants: vec![Grant::Leader { org: OrgId(1), unit: UnitId(5) }], person: None };
        let r = check(&analysis(true, true), &leader, &Ask { alternatives: vec![4, 3], min_level: 4, ..ask() }).unwrap();
        assert_eq!((r.unit, r.position_code, r.min_count, r.min_level), (Some(UnitId(5)), None, Some(2), 4));
        assert_eq!(r.alternatives, [CompetenceId(4)], "the competence itself is not its own alternative");
        assert!(check(&analysis(true, true), &leader, &Ask { min_count: Some(10_000), min_level: 1, ..ask() }).is_ok());
    }

    #[test]
    fn who_may_set_requirements_and_what_is_wrong_with_an_ask() {
        let leader = Access { grants: vec![Grant::Leader { org: OrgId(1), unit: UnitId(5) }], person: None };
        let hr = Access { grants: vec![Grant::Hr { org: OrgId(1) }], person: None };
        assert!(matches!(check(&analysis(false, true), &hr, &ask()), Err(Error::Forbidden)), "only where one may edit");
        let by_code = Ask { position_code: Some(" 7174 ".into()), ..ask() };
        assert!(matches!(check(&analysis(true, true), &leader, &by_code), Err(Error::Forbidden)), "a position code is HR's");
        let r = check(&analysis(true, true), &hr, &by_code).unwrap();
        assert_eq!((r.unit, r.position_code.as_deref(), r.min_count), (None, Some("7174"), None));
        assert_eq!(
            problems(check(&analysis(true, true), &hr, &Ask { position_code: Some(" ".into()), ..ask() })),
            [("position_code", "err-required")]
        );
        assert_eq!(
            problems(check(&analysis(true, true), &hr, &Ask { competence: Some(9), alternatives: vec![8], min_count: Some(0), ..ask() })),
            [("competence", "err-bad-choice"), ("alternatives", "err-bad-choice"), ("min_count", "err-bad-count")]
        );
        assert_eq!(problems(check(&analysis(true, true), &hr, &Ask { competence: None, ..ask() })), [("competence", "err-required")]);
        assert_eq!(problems(check(&analysis(true, true), &hr, &Ask { min_level: 5, ..ask() })), [("min_level", "err-bad-level")]);
        assert_eq!(problems(check(&analysis(true, true), &hr, &Ask { min_level: 0, ..ask() })), [("min_level", "err-bad-level")]);
        assert_eq!(
            problems(check(&analysis(true, true), &hr, &Ask { min_count: Some(10_001), ..ask() })),
            [("min_count", "err-bad-count")]
        );
        assert_eq!(problems(check(&analysis(true, false), &hr, &ask())), [("min_count", "err-bad-count")], "a count needs a unit");
        assert!(check(&analysis(true, true), &hr, &Ask { position_code: Some("x".repeat(20)), ..ask() }).is_ok(), "20 characters fit");
        let long = Ask { position_code: Some("x".repeat(21)), ..ask() };
        assert_eq!(problems(check(&analysis(true, true), &hr, &long)), [("position_code", "err-required")]);
    }

    #[test]
    fn a_leader_removes_only_what_is_set_on_the_units_they_lead() {
        let leader = Access { grants: vec![Grant::Leader { org: OrgId(1), unit: UnitId(5) }], person: None };
        let hr = Access { grants: vec![Grant::Hr { org: OrgId(1) }], person: None };
        let own = [UnitId(1), UnitId(5)];
        let below = [UnitId(1), UnitId(5), UnitId(9)];
        let above = [UnitId(1)];
        assert!(may_remove(&leader, OrgId(1), Some(&own)));
        assert!(may_remove(&leader, OrgId(1), Some(&below)));
        assert!(!may_remove(&leader, OrgId(1), Some(&above)), "set above the leader: HR's");
        assert!(!may_remove(&leader, OrgId(1), None), "a position code: HR's");
        assert!(may_remove(&hr, OrgId(1), Some(&above)) && may_remove(&hr, OrgId(1), None));
    }
}
