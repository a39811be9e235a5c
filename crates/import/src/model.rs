//! The data a plan is made of: what is stored, and what to create, change and end.

use chrono::NaiveDate;
use saman_domain::UnitKind;
use saman_domain::parse::Percent;
use serde::Serialize;

/// What the organisation holds now.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Existing {
    pub units: Vec<ExistingUnit>,
    pub people: Vec<ExistingPerson>,
    pub positions: Vec<ExistingPosition>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExistingUnit {
    pub id: i64,
    pub code: Option<String>,
    pub name: String,
    pub parent_id: Option<i64>,
    pub kind: UnitKind,
    pub leader_person_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExistingPerson {
    pub id: i64,
    pub employee_number: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub email: Option<String>,
    pub birth_year: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExistingPosition {
    pub id: i64,
    pub person_id: i64,
    pub unit_id: i64,
    pub external_key: Option<String>,
    pub title: String,
    pub position_code: Option<String>,
    pub percent: Percent,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
}

/// What a file describes: the whole organisation (positions it does not list end), or only
/// the units it names and those below them (positions elsewhere are left as they are).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    #[default]
    Whole,
    FileUnits,
}

impl Scope {
    pub fn code(self) -> &'static str {
        match self {
            Scope::Whole => "whole",
            Scope::FileUnits => "file_units",
        }
    }

    pub fn parse(s: &str) -> Option<Scope> {
        [Scope::Whole, Scope::FileUnits].into_iter().find(|x| x.code() == s.trim())
    }
}

/// A unit that exists, or one the plan creates (index into `Plan::new_units`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnitRef {
    Existing(i64),
    New(usize),
}

/// A person who exists, or one the plan creates (index into `Plan::new_people`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PersonRef {
    Existing(i64),
    New(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUnit {
    pub code: String,
    pub name: String,
    pub kind: UnitKind,
    /// A `New` parent always has a lower index: create in order.
    pub parent: Option<UnitRef>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitChange {
    pub id: i64,
    pub name: String,
    pub kind: UnitKind,
    pub parent: Option<UnitRef>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPerson {
    pub employee_number: String,
    pub given_name: String,
    pub family_name: String,
    pub email: Option<String>,
    pub birth_year: Option<i32>,
}

/// The person's values after the import. An e-mail or birth year the file leaves empty keeps the stored one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonChange {
    pub id: i64,
    pub given_name: String,
    pub family_name: String,
    pub email: Option<String>,
    pub birth_year: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPosition {
    pub person: PersonRef,
    pub unit: UnitRef,
    /// Stored as the position's external key.
    pub key: String,
    pub title: String,
    pub position_code: Option<String>,
    pub percent: Percent,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
}

/// The position's values after the import. A position code the file leaves empty keeps the stored one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PositionChange {
    pub id: i64,
    pub unit: UnitRef,
    pub title: String,
    pub position_code: Option<String>,
    pub percent: Percent,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaderChange {
    pub unit: UnitRef,
    pub person: PersonRef,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Parents before children.
    pub new_units: Vec<NewUnit>,
    pub unit_changes: Vec<UnitChange>,
    pub new_people: Vec<NewPerson>,
    pub person_changes: Vec<PersonChange>,
    pub new_positions: Vec<NewPosition>,
    pub position_changes: Vec<PositionChange>,
    /// Positions to end: the store sets their end date to `today`.
    pub ended_positions: Vec<i64>,
    /// Where the ending positions are: (unit id, how many), most first.
    pub ended_units: Vec<(i64, usize)>,
    pub leader_changes: Vec<LeaderChange>,
    /// Rows naming a different nearest leader than the one chosen for their unit.
    pub leader_warnings: Vec<crate::leaders::LeaderWarning>,
    pub today: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Counts {
    pub created: usize,
    pub changed: usize,
    pub ended: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct PlanCounts {
    pub units: Counts,
    pub people: Counts,
    pub positions: Counts,
    pub leaders_changed: usize,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.new_units.is_empty()
            && self.unit_changes.is_empty()
            && self.new_people.is_empty()
            && self.person_changes.is_empty()
            && self.new_positions.is_empty()
            && self.position_changes.is_empty()
            && self.ended_positions.is_empty()
            && self.leader_changes.is_empty()
    }

    pub fn counts(&self) -> PlanCounts {
        PlanCounts {
            units: Counts { created: self.new_units.len(), changed: self.unit_changes.len(), ended: 0 },
            people: Counts { created: self.new_people.len(), changed: self.person_changes.len(), ended: 0 },
            positions: Counts {
                created: self.new_positions.len(),
                changed: self.position_changes.len(),
                ended: self.ended_positions.len(),
            },
            leaders_changed: self.leader_changes.len(),
        }
    }
}
