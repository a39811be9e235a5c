//! The difference between a checked file and what is stored: what to create, change and end.
//! Pure: the store applies the plan in one transaction.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::columns::Column;
use crate::error::{self, ImportError, ImportErrorCode};
pub use crate::model::*;
use crate::rows::OrgRow;

/// A unit as the file describes it (from its first row).
struct FileUnit<'a> {
    row: &'a OrgRow,
    /// The stored unit with this code, if any.
    existing: Option<&'a ExistingUnit>,
}

/// A node in the combined unit tree: a unit in the file, or a stored unit the file does not mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Node {
    File(usize),
    Stored(i64),
}

struct Units<'a> {
    file: Vec<FileUnit<'a>>,
    file_index: HashMap<&'a str, usize>,
    by_code: HashMap<&'a str, &'a ExistingUnit>,
    by_id: HashMap<i64, &'a ExistingUnit>,
}

impl<'a> Units<'a> {
    fn new(rows: &'a [OrgRow], existing: &'a Existing) -> Units<'a> {
        let mut by_code = HashMap::new();
        let mut by_id = HashMap::new();
        for u in &existing.units {
            by_id.insert(u.id, u);
            if let Some(code) = &u.code {
                by_code.entry(code.as_str()).or_insert(u);
            }
        }
        let mut file = Vec::new();
        let mut file_index = HashMap::new();
        for row in rows {
            file_index.entry(row.unit_code.as_str()).or_insert_with(|| {
                file.push(FileUnit { row, existing: by_code.get(row.unit_code.as_str()).copied() });
                file.len() - 1
            });
        }
        Units { file, file_index, by_code, by_id }
    }

    fn node_for_code(&self, code: &str) -> Option<Node> {
        match self.file_index.get(code) {
            Some(&i) => Some(Node::File(i)),
            None => self.by_code.get(code).map(|u| Node::Stored(u.id)),
        }
    }

    fn parent(&self, node: Node) -> Option<Node> {
        match node {
            Node::File(i) => self.node_for_code(self.file[i].row.parent_unit_code.as_deref()?),
            Node::Stored(id) => {
                let parent = self.by_id.get(&self.by_id.get(&id)?.parent_id?)?;
                // A stored unit the file mentions takes its place in the tree from the file.
                match parent.code.as_deref().and_then(|c| self.file_index.get(c)) {
                    Some(&i) => Some(Node::File(i)),
                    None => Some(Node::Stored(parent.id)),
                }
            }
        }
    }

    fn check(&self) -> Vec<ImportError> {
        let mut errors = Vec::new();
        for (i, unit) in self.file.iter().enumerate() {
            let Some(parent) = unit.row.parent_unit_code.as_deref() else { continue };
            let err = |code| ImportError::new(unit.row.line, code).column(Column::ParentUnitCode.name()).value(parent);
            if self.node_for_code(parent).is_none() {
                errors.push(err(ImportErrorCode::UnknownParent));
                continue;
            }
            let mut seen = HashSet::new();
            let mut current = self.parent(Node::File(i));
            while let Some(node) = current {
                if node == Node::File(i) {
                    errors.push(err(ImportErrorCode::UnitCycle));
                    break;
                }
                if !seen.insert(node) {
                    break; // a loop above this unit, reported from its own members
                }
                current = self.parent(node);
            }
        }
        errors
    }

    /// New units in parents-first order, as indices into `file`.
    fn creation_order(&self) -> Vec<usize> {
        let mut placed = vec![false; self.file.len()];
        let mut order = Vec::new();
        for start in 0..self.file.len() {
            let mut chain = Vec::new();
            let mut current = Some(start);
            while let Some(i) = current {
                if placed[i] || self.file[i].existing.is_some() || chain.contains(&i) {
                    break;
                }
                chain.push(i);
                current = match self.parent(Node::File(i)) {
                    Some(Node::File(p)) => Some(p),
                    _ => None,
                };
            }
            for &i in chain.iter().rev() {
                placed[i] = true;
                order.push(i);
            }
        }
        order
    }
}

/// Compares the file, as the whole organisation, with what is stored.
pub fn plan(rows: &[OrgRow], existing: &Existing, today: NaiveDate) -> Result<Plan, Vec<ImportError>> {
    plan_scoped(rows, existing, today, Scope::Whole)
}

/// The stored units a file covers: those it names by code, and every stored unit below them.
fn covered_units(rows: &[OrgRow], existing: &Existing) -> HashSet<i64> {
    let codes: HashSet<&str> = rows.iter().map(|r| r.unit_code.as_str()).collect();
    let mut covered: HashSet<i64> =
        existing.units.iter().filter(|u| u.code.as_deref().is_some_and(|c| codes.contains(c))).map(|u| u.id).collect();
    let mut children: HashMap<i64, Vec<i64>> = HashMap::new();
    for u in &existing.units {
        if let Some(p) = u.parent_id {
            children.entry(p).or_default().push(u.id);
        }
    }
    let mut stack: Vec<i64> = covered.iter().copied().collect();
    while let Some(u) = stack.pop() {
        for &c in children.get(&u).map_or(&[][..], Vec::as_slice) {
            if covered.insert(c) {
                stack.push(c);
            }
        }
    }
    covered
}

/// Compares the file with what is stored, within `scope`: positions the file does not list
/// end only inside it. Refuses parents that do not exist and cycles.
pub fn plan_scoped(rows: &[OrgRow], existing: &Existing, today: NaiveDate, scope: Scope) -> Result<Plan, Vec<ImportError>> {
    let units = Units::new(rows, existing);
    let errors = units.check();
    if !errors.is_empty() {
        return Err(error::finish(errors));
    }

    // Units.
    let mut unit_refs: Vec<UnitRef> = units.file.iter().map(|u| UnitRef::Existing(u.existing.map_or(0, |e| e.id))).collect();
    let order = units.creation_order();
    for (k, &i) in order.iter().enumerate() {
        unit_refs[i] = UnitRef::New(k);
    }
    let parent_ref = |i: usize| match units.parent(Node::File(i)) {
        Some(Node::File(p)) => unit_refs.get(p).copied(),
        Some(Node::Stored(id)) => Some(UnitRef::Existing(id)),
        None => None,
    };
    let new_units = order
        .iter()
        .map(|&i| {
            let row = units.file[i].row;
            NewUnit { code: row.unit_code.clone(), name: row.unit_name.clone(), kind: row.unit_kind, parent: parent_ref(i) }
        })
        .collect();
    let mut unit_changes = Vec::new();
    for (i, unit) in units.file.iter().enumerate() {
        let Some(stored) = unit.existing else { continue };
        let parent = parent_ref(i);
        let same_parent = match parent {
            None => stored.parent_id.is_none(),
            Some(UnitRef::Existing(id)) => stored.parent_id == Some(id),
            Some(UnitRef::New(_)) => false,
        };
        if !same_parent || stored.name != unit.row.unit_name || stored.kind != unit.row.unit_kind {
            let row = unit.row;
            unit_changes.push(UnitChange { id: stored.id, name: row.unit_name.clone(), kind: row.unit_kind, parent });
        }
    }
    let unit_of = |code: &str| units.file_index.get(code).and_then(|&i| unit_refs.get(i).copied());

    // People.
    let stored_people: HashMap<&str, &ExistingPerson> = existing
        .people
        .iter()
        .filter_map(|p| Some((p.employee_number.as_deref()?, p)))
        .rev() // the first stored person with a number wins
        .collect();
    let mut person_refs: HashMap<&str, PersonRef> = HashMap::new();
    let mut new_people = Vec::new();
    let mut person_changes = Vec::new();
    for row in rows {
        if person_refs.contains_key(row.employee_number.as_str()) {
            continue;
        }
        let person = match stored_people.get(row.employee_number.as_str()) {
            Some(stored) => {
                let email = row.email.clone().or_else(|| stored.email.clone());
                let birth_year = row.birth_year.or(stored.birth_year);
                if stored.given_name != row.given_name
                    || stored.family_name != row.family_name
                    || stored.email != email
                    || stored.birth_year != birth_year
                {
                    person_changes.push(PersonChange {
                        id: stored.id,
                        given_name: row.given_name.clone(),
                        family_name: row.family_name.clone(),
                        email,
                        birth_year,
                    });
                }
                PersonRef::Existing(stored.id)
            }
            None => {
                new_people.push(NewPerson {
                    employee_number: row.employee_number.clone(),
                    given_name: row.given_name.clone(),
                    family_name: row.family_name.clone(),
                    email: row.email.clone(),
                    birth_year: row.birth_year,
                });
                PersonRef::New(new_people.len() - 1)
            }
        };
        person_refs.insert(&row.employee_number, person);
    }

    // Positions.
    let active = |p: &ExistingPosition| p.end_date.is_none_or(|end| end > today);
    let mut by_key: HashMap<&str, Vec<&ExistingPosition>> = HashMap::new();
    for p in &existing.positions {
        if let Some(key) = &p.external_key {
            by_key.entry(key.as_str()).or_default().push(p);
        }
    }
    let mut new_positions = Vec::new();
    let mut position_changes = Vec::new();
    let mut ended = Vec::new();
    let mut seen_keys = HashSet::new();
    for row in rows {
        if !seen_keys.insert(row.position_key.as_str()) {
            continue;
        }
        let (Some(unit), Some(&person)) = (unit_of(&row.unit_code), person_refs.get(row.employee_number.as_str())) else {
            continue;
        };
        let candidates = by_key.get(row.position_key.as_str()).map_or(&[][..], Vec::as_slice);
        let matched = candidates.iter().filter(|p| person == PersonRef::Existing(p.person_id)).max_by_key(|p| (active(p), p.id));
        match matched {
            Some(stored) => {
                // Any other open position under the same key is stale.
                ended.extend(candidates.iter().filter(|p| p.id != stored.id && active(p)).map(|p| p.id));
                let position_code = row.position_code.clone().or_else(|| stored.position_code.clone());
                if UnitRef::Existing(stored.unit_id) != unit
                    || stored.title != row.title
                    || stored.position_code != position_code
                    || stored.percent != row.percent
                    || stored.start_date != row.start_date
                    || stored.end_date != row.end_date
                {
                    position_changes.push(PositionChange {
                        id: stored.id,
                        unit,
                        title: row.title.clone(),
                        position_code,
                        percent: row.percent,
                        start_date: row.start_date,
                        end_date: row.end_date,
                    });
                }
            }
            None => {
                // The key now belongs to someone else: the old holder's position ends.
                ended.extend(candidates.iter().filter(|p| active(p)).map(|p| p.id));
                new_positions.push(NewPosition {
                    person,
                    unit,
                    key: row.position_key.clone(),
                    title: row.title.clone(),
                    position_code: row.position_code.clone(),
                    percent: row.percent,
                    start_date: row.start_date,
                    end_date: row.end_date,
                });
            }
        }
    }
    let covered = match scope {
        Scope::Whole => None,
        Scope::FileUnits => Some(covered_units(rows, existing)),
    };
    let in_scope = |p: &ExistingPosition| covered.as_ref().is_none_or(|c| c.contains(&p.unit_id));
    for (key, positions) in &by_key {
        if !seen_keys.contains(key) {
            ended.extend(positions.iter().filter(|p| active(p) && in_scope(p)).map(|p| p.id));
        }
    }
    ended.sort_unstable();
    ended.dedup();
    let ended_units = ended_by_unit(&ended, existing);

    // Leaders: a row marked as leader, or the nearest leader most of a unit's rows name.
    let mut leader_changes = Vec::new();
    let (chosen, leader_warnings) = crate::leaders::choose(rows);
    for (unit_code, employee_number) in &chosen {
        let (Some(unit), Some(&person)) = (unit_of(unit_code), person_refs.get(employee_number.as_str())) else {
            continue;
        };
        let current = match unit {
            UnitRef::Existing(id) => units.by_id.get(&id).and_then(|u| u.leader_person_id),
            UnitRef::New(_) => None,
        };
        if current.map(PersonRef::Existing) != Some(person) {
            leader_changes.push(LeaderChange { unit, person });
        }
    }

    Ok(Plan {
        new_units,
        unit_changes,
        new_people,
        person_changes,
        new_positions,
        position_changes,
        ended_positions: ended,
        ended_units,
        leader_changes,
        leader_warnings,
        today,
    })
}

/// How many of the ending positions are in each unit, most first.
fn ended_by_unit(ended: &[i64], existing: &Existing) -> Vec<(i64, usize)> {
    let ended: HashSet<i64> = ended.iter().copied().collect();
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for p in existing.positions.iter().filter(|p| ended.contains(&p.id)) {
        *counts.entry(p.unit_id).or_default() += 1;
    }
    let mut out: Vec<(i64, usize)> = counts.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}
