//! Gap analysis: requirements against holdings for a unit subtree. Pure: the caller
//! brings the tree, the current positions, the holdings and the requirements.
//!
//! KS's method splits the question in two, and so does the report: staffing by position
//! type (requirements per position code: who in such positions lacks what) and
//! cross-cutting competence (requirements per unit: how many people with X the unit has
//! against how many it needs). It adds what expires soon, positions held by people
//! without the formal education the position requires ("faglig utvanning"), and the
//! skill-mix ladder from unskilled to master/specialist.

pub mod forecast;

use chrono::NaiveDate;
use saman_domain::tree::Tree;
use saman_domain::{PersonId, UnitId};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet};

/// A competence, by its id in the catalogue.
pub type Competence = i64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub unit: UnitId,
    pub person: PersonId,
    pub code: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holding {
    pub person: PersonId,
    pub competence: Competence,
    pub level: i64,
    pub expires: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    pub id: i64,
    pub unit: Option<UnitId>,
    pub position_code: Option<String>,
    pub competence: Competence,
    pub min_level: i64,
    pub mandatory: bool,
    pub min_count: Option<i64>,
}

/// Rungs of the skill-mix ladder, low to high.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Rung {
    Unskilled = 0,
    Skilled = 1,
    HigherVocational = 2,
    Bachelor = 3,
    MasterSpecialist = 4,
}

impl Rung {
    pub const ALL: [Rung; 5] = [Rung::Unskilled, Rung::Skilled, Rung::HigherVocational, Rung::Bachelor, Rung::MasterSpecialist];

    /// From the catalogue's ladder codes.
    pub fn parse(code: &str) -> Option<Rung> {
        match code {
            "unskilled" => Some(Rung::Unskilled),
            "skilled" => Some(Rung::Skilled),
            "higher_vocational" => Some(Rung::HigherVocational),
            "bachelor" => Some(Rung::Bachelor),
            "master_specialist" => Some(Rung::MasterSpecialist),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        ["unskilled", "skilled", "higher_vocational", "bachelor", "master_specialist"][self as usize]
    }
}

pub struct Input<'a> {
    pub tree: &'a Tree,
    pub root: UnitId,
    pub positions: &'a [Position],
    pub holdings: &'a [Holding],
    pub requirements: &'a [Requirement],
    /// The ladder rung of each formal-education competence.
    pub ladder: &'a HashMap<Competence, Rung>,
    pub today: NaiveDate,
    /// Holdings expiring within this many days are listed.
    pub window_days: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub requirement: i64,
    pub competence: Competence,
    pub unit: Option<UnitId>,
    pub position_code: Option<String>,
    pub mandatory: bool,
    pub min_level: i64,
    /// People needed: the unit's count, or everyone in a position with the code.
    pub required: usize,
    pub covered: usize,
    pub missing: usize,
    /// For position-code requirements: who lacks it.
    pub missing_people: Vec<PersonId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Expiring {
    pub person: PersonId,
    pub competence: Competence,
    pub expires: NaiveDate,
    pub expired: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dilution {
    pub person: PersonId,
    pub position_code: String,
    pub competence: Competence,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LadderRow {
    pub unit: UnitId,
    /// People per rung, indexed by `Rung as usize`.
    pub counts: [usize; 5],
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub people: usize,
    pub rows: Vec<Row>,
    pub expiring: Vec<Expiring>,
    pub dilution: Vec<Dilution>,
    /// The root first, then each child unit.
    pub ladder: Vec<LadderRow>,
}

pub fn analyse(input: &Input) -> Report {
    let scope: HashSet<UnitId> = input.tree.subtree(input.root).into_iter().collect();
    let in_scope: Vec<&Position> = input.positions.iter().filter(|p| scope.contains(&p.unit)).collect();
    let people: BTreeSet<PersonId> = in_scope.iter().map(|p| p.person).collect();
    // Valid holdings: person → competence → level.
    let mut held: HashMap<PersonId, HashMap<Competence, i64>> = HashMap::new();
    for h in input.holdings.iter().filter(|h| h.expires.is_none_or(|e| e >= input.today)) {
        let e = held.entry(h.person).or_default().entry(h.competence).or_insert(h.level);
        *e = (*e).max(h.level);
    }
    let has = |p: PersonId, c: Competence, min: i64| held.get(&p).and_then(|m| m.get(&c)).is_some_and(|l| *l >= min);

    let mut rows = vec![];
    let mut dilution = vec![];
    for r in input.requirements {
        if let Some(u) = r.unit {
            if !scope.contains(&u) {
                continue;
            }
            let unit_scope: HashSet<UnitId> = input.tree.subtree(u).into_iter().collect();
            let members: BTreeSet<PersonId> = input.positions.iter().filter(|p| unit_scope.contains(&p.unit)).map(|p| p.person).collect();
            let covered = members.iter().filter(|p| has(**p, r.competence, r.min_level)).count();
            let required = r.min_count.unwrap_or(1).max(0) as usize;
            rows.push(Row {
                requirement: r.id,
                competence: r.competence,
                unit: Some(u),
                position_code: None,
                mandatory: r.mandatory,
                min_level: r.min_level,
                required,
                covered,
                missing: required.saturating_sub(covered),
                missing_people: vec![],
            });
        } else if let Some(code) = &r.position_code {
            let holders: BTreeSet<PersonId> = in_scope.iter().filter(|p| p.code.as_deref() == Some(code)).map(|p| p.person).collect();
            if holders.is_empty() {
                // No one here holds such a position: the requirement does not apply.
                continue;
            }
            let missing_people: Vec<PersonId> = holders.iter().copied().filter(|p| !has(*p, r.competence, r.min_level)).collect();
            if r.mandatory && input.ladder.contains_key(&r.competence) {
                dilution.extend(missing_people.iter().map(|p| Dilution { person: *p, position_code: code.clone(), competence: r.competence }));
            }
            rows.push(Row {
                requirement: r.id,
                competence: r.competence,
                unit: None,
                position_code: Some(code.clone()),
                mandatory: r.mandatory,
                min_level: r.min_level,
                required: holders.len(),
                covered: holders.len() - missing_people.len(),
                missing: missing_people.len(),
                missing_people,
            });
        }
    }

    let horizon = input.today + chrono::Duration::days(input.window_days);
    let mut expiring: Vec<Expiring> = input
        .holdings
        .iter()
        .filter(|h| people.contains(&h.person))
        .filter_map(|h| h.expires.filter(|e| *e <= horizon).map(|e| Expiring { person: h.person, competence: h.competence, expires: e, expired: e < input.today }))
        .collect();
    expiring.sort_by_key(|e| (e.expires, e.person, e.competence));

    // Highest rung per person, from valid formal education.
    let rung = |p: PersonId| -> Rung {
        held.get(&p)
            .map(|m| m.keys().filter_map(|c| input.ladder.get(c)).copied().max().unwrap_or(Rung::Unskilled))
            .unwrap_or(Rung::Unskilled)
    };
    let mut ladder = vec![];
    let mut units = vec![input.root];
    units.extend_from_slice(input.tree.children_of(Some(input.root)));
    for u in units {
        let sub: HashSet<UnitId> = input.tree.subtree(u).into_iter().collect();
        let members: BTreeSet<PersonId> = in_scope.iter().filter(|p| sub.contains(&p.unit)).map(|p| p.person).collect();
        let mut counts = [0usize; 5];
        for p in members {
            counts[rung(p) as usize] += 1;
        }
        ladder.push(LadderRow { unit: u, counts });
    }
    Report { people: people.len(), rows, expiring, dilution, ladder }
}

#[cfg(test)]
mod tests;
