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
pub mod totals;

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
    /// Competences that count as well as `competence` ("either teacher education 1–7 or 5–10").
    pub alternatives: Vec<Competence>,
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

/// One holding of a person, as the index keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Held {
    pub competence: Competence,
    pub level: i64,
    pub expires: Option<NaiveDate>,
}

/// Everyone's holdings by person, each person's sorted by competence. Kept up to date a
/// person at a time ([`HoldingIndex::set`]), so a change costs one person's holdings, not a
/// rebuild; cloning copies pointers, not holdings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HoldingIndex {
    by_person: HashMap<PersonId, std::sync::Arc<[Held]>, IdHash>,
}

/// Hashing for integer ids: a multiply instead of SipHash. The index is looked up once per
/// person and requirement, so the hash dominates; ids are not chosen by users, so flooding
/// is no concern. (Small enough to write here rather than add a hashing crate.)
#[derive(Debug, Clone, Copy, Default)]
pub struct IdHash;

impl std::hash::BuildHasher for IdHash {
    type Hasher = IdHasher;
    fn build_hasher(&self) -> IdHasher {
        IdHasher(0)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_i64(&mut self, v: i64) {
        self.0 = (self.0.rotate_left(5) ^ v as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

impl HoldingIndex {
    pub fn from_holdings(holdings: &[Holding]) -> HoldingIndex {
        let mut grouped: HashMap<PersonId, Vec<Held>> = HashMap::new();
        for h in holdings {
            grouped.entry(h.person).or_default().push(Held { competence: h.competence, level: h.level, expires: h.expires });
        }
        let mut index = HoldingIndex::default();
        for (p, v) in grouped {
            index.set(p, v);
        }
        index
    }

    /// Replaces one person's holdings.
    pub fn set(&mut self, person: PersonId, mut held: Vec<Held>) {
        if held.is_empty() {
            self.by_person.remove(&person);
        } else {
            held.sort_by_key(|h| (h.competence, std::cmp::Reverse(h.level)));
            self.by_person.insert(person, held.into());
        }
    }

    pub fn of(&self, person: PersonId) -> &[Held] {
        self.by_person.get(&person).map_or(&[], |v| v)
    }

    /// How many holdings in all.
    pub fn len(&self) -> usize {
        self.by_person.values().map(|v| v.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.by_person.is_empty()
    }

    /// The person holds the competence at `min` or above, valid on `today`.
    pub fn has(&self, person: PersonId, c: Competence, min: i64, today: NaiveDate) -> bool {
        let held = self.of(person);
        let start = held.partition_point(|h| h.competence < c);
        held[start..].iter().take_while(|h| h.competence == c).any(|h| h.level >= min && h.expires.is_none_or(|e| e >= today))
    }
}

pub struct Input<'a> {
    pub tree: &'a Tree,
    /// A unit and everything below it, or `None` for the whole organisation.
    pub root: Option<UnitId>,
    pub positions: &'a [Position],
    pub holdings: &'a HoldingIndex,
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
    pub alternatives: Vec<Competence>,
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
    /// `None` for the whole organisation.
    pub unit: Option<UnitId>,
    /// People per rung, indexed by `Rung as usize`.
    pub counts: [usize; 5],
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub people: usize,
    pub rows: Vec<Row>,
    pub expiring: Vec<Expiring>,
    pub dilution: Vec<Dilution>,
    /// The scope first, then each unit right below it.
    pub ladder: Vec<LadderRow>,
}

pub fn analyse(input: &Input) -> Report {
    let today = input.today;
    // Current positions by unit, then the people of any subtree from them.
    let mut by_unit: HashMap<UnitId, Vec<&Position>, IdHash> = HashMap::default();
    for p in input.positions {
        by_unit.entry(p.unit).or_default().push(p);
    }
    let members_of = |u: UnitId| -> Vec<&Position> {
        input.tree.subtree(u).into_iter().flat_map(|x| by_unit.get(&x).into_iter().flatten().copied()).collect()
    };
    let scope_units: Vec<UnitId> = match input.root {
        Some(r) => input.tree.subtree(r),
        None => input.tree.roots().iter().flat_map(|r| input.tree.subtree(*r)).collect(),
    };
    let in_scope: Vec<&Position> = scope_units.iter().flat_map(|x| by_unit.get(x).into_iter().flatten().copied()).collect();
    let people: BTreeSet<PersonId> = in_scope.iter().map(|p| p.person).collect();
    // Holders of each position code, once, rather than a scan of every position per requirement.
    let mut by_code: HashMap<&str, BTreeSet<PersonId>> = HashMap::new();
    for p in &in_scope {
        if let Some(c) = p.code.as_deref() {
            by_code.entry(c).or_default().insert(p.person);
        }
    }
    let meets = |p: PersonId, r: &Requirement| {
        std::iter::once(&r.competence).chain(r.alternatives.iter()).any(|c| input.holdings.has(p, *c, r.min_level, today))
    };

    let mut rows = vec![];
    let mut dilution = vec![];
    let scope: HashSet<UnitId, IdHash> = scope_units.iter().copied().collect();
    let ladder_of: HashMap<Competence, Rung, IdHash> = input.ladder.iter().map(|(c, r)| (*c, *r)).collect();
    for r in input.requirements {
        if let Some(u) = r.unit {
            if !scope.contains(&u) {
                continue;
            }
            let members: BTreeSet<PersonId> = members_of(u).iter().map(|p| p.person).collect();
            let covered = members.iter().filter(|p| meets(**p, r)).count();
            let required = r.min_count.unwrap_or(1).max(0) as usize;
            rows.push(Row {
                requirement: r.id,
                competence: r.competence,
                alternatives: r.alternatives.clone(),
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
            let Some(holders) = by_code.get(code.as_str()) else {
                // No one here holds such a position: the requirement does not apply.
                continue;
            };
            if holders.is_empty() {
                // No one here holds such a position: the requirement does not apply.
                continue;
            }
            let missing_people: Vec<PersonId> = holders.iter().copied().filter(|p| !meets(*p, r)).collect();
            if r.mandatory && input.ladder.contains_key(&r.competence) {
                dilution.extend(missing_people.iter().map(|p| Dilution {
                    person: *p,
                    position_code: code.clone(),
                    competence: r.competence,
                }));
            }
            rows.push(Row {
                requirement: r.id,
                competence: r.competence,
                alternatives: r.alternatives.clone(),
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

    let horizon = today + chrono::Duration::days(input.window_days);
    let mut expiring: Vec<Expiring> = people
        .iter()
        .flat_map(|p| input.holdings.of(*p).iter().map(move |h| (*p, h)))
        .filter_map(|(p, h)| {
            h.expires.filter(|e| *e <= horizon).map(|e| Expiring { person: p, competence: h.competence, expires: e, expired: e < today })
        })
        .collect();
    expiring.sort_by_key(|e| (e.expires, e.person, e.competence));

    // Highest rung per person, from valid formal education.
    let rung_of = |p: PersonId| -> Rung {
        input
            .holdings
            .of(p)
            .iter()
            .filter(|h| h.expires.is_none_or(|e| e >= today))
            .filter_map(|h| ladder_of.get(&h.competence))
            .copied()
            .max()
            .unwrap_or(Rung::Unskilled)
    };
    // Each person's rung once; the ladder counts them per unit.
    let rungs: HashMap<PersonId, Rung, IdHash> = people.iter().map(|p| (*p, rung_of(*p))).collect();
    let rung = |p: PersonId| rungs.get(&p).copied().unwrap_or(Rung::Unskilled);
    let mut ladder = vec![];
    // The scope itself first (the whole organisation has no unit of its own), then each unit right below.
    if input.root.is_none() {
        let mut counts = [0usize; 5];
        for p in &people {
            counts[rung(*p) as usize] += 1;
        }
        ladder.push(LadderRow { unit: None, counts });
    }
    let mut units: Vec<UnitId> = input.root.into_iter().collect();
    units.extend_from_slice(input.tree.children_of(input.root));
    for u in units {
        let members: BTreeSet<PersonId> = members_of(u).iter().map(|p| p.person).collect();
        let mut counts = [0usize; 5];
        for p in members {
            counts[rung(p) as usize] += 1;
        }
        ladder.push(LadderRow { unit: Some(u), counts });
    }
    Report { people: people.len(), rows, expiring, dilution, ladder }
}

#[cfg(test)]
mod tests;
