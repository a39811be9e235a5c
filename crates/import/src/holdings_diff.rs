//! What a checked holdings file changes, compared with what is stored: the holdings it adds,
//! those it changes (with the values they had), and the rows that say what is already there.
//!
//! A row that matches its stored holding changes nothing: not the holding, not who confirmed
//! it, not its history. Each person whose holdings an import adds or changes gets one history
//! entry per import ([`PersonChanges`]) that lists every competence touched and its values
//! before, instead of one entry per holding.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::holdings::HoldingRow;

/// A stored holding, as far as an import can change it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredHolding {
    pub level: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obtained_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// One competence in a person's history entry for an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoldingChange {
    pub competence: i64,
    /// The level the import set.
    pub level: i64,
    /// The holding before the import; none when the import added it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<StoredHolding>,
}

/// Everything one import changed for one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonChanges {
    pub person: i64,
    pub changes: Vec<HoldingChange>,
}

impl PersonChanges {
    /// The changes as stored with the history entry.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.changes).unwrap_or_else(|_| "[]".into())
    }

    /// The changes of a stored history entry; none when the text is not what [`Self::to_json`] wrote.
    pub fn changes_from_json(text: &str) -> Vec<HoldingChange> {
        serde_json::from_str(text).unwrap_or_default()
    }
}

/// What a file does to the stored holdings.
#[derive(Debug, Default)]
pub struct HoldingsDiff<'a> {
    /// Rows for holdings not stored yet, by person and competence.
    pub added: Vec<&'a HoldingRow>,
    /// Rows that change a stored holding, by person and competence.
    pub changed: Vec<&'a HoldingRow>,
    /// Rows that say what is stored already.
    pub unchanged: usize,
    /// One history entry per person with added or changed holdings, by person.
    pub history: Vec<PersonChanges>,
}

/// Compares checked rows with the stored holdings, keyed by (person, competence).
/// A row without evidence keeps the stored evidence, so it does not count as a change.
pub fn diff_holdings<'a>(rows: &'a [HoldingRow], stored: &HashMap<(i64, i64), StoredHolding>) -> HoldingsDiff<'a> {
    let mut sorted: Vec<&HoldingRow> = rows.iter().collect();
    sorted.sort_unstable_by_key(|r| (r.person, r.competence));
    let mut diff = HoldingsDiff::default();
    for r in sorted {
        let before = stored.get(&(r.person, r.competence));
        if let Some(s) = before
            && s.level == r.level
            && s.obtained_on == r.obtained_on
            && s.expires_on == r.expires_on
            && (r.evidence.is_none() || r.evidence == s.evidence)
        {
            diff.unchanged += 1;
            continue;
        }
        if before.is_some() {
            diff.changed.push(r)
        } else {
            diff.added.push(r)
        }
        let change = HoldingChange { competence: r.competence, level: r.level, before: before.cloned() };
        match diff.history.last_mut() {
            Some(p) if p.person == r.person => p.changes.push(change),
            _ => diff.history.push(PersonChanges { person: r.person, changes: vec![change] }),
        }
    }
    diff
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<NaiveDate> {
        s.parse().ok()
    }

    fn row(person: i64, competence: i64, level: i64, obtained: &str, evidence: Option<&str>) -> HoldingRow {
        HoldingRow {
            line: 2,
            person,
            competence,
            level,
            obtained_on: date(obtained),
            expires_on: None,
            evidence: evidence.map(str::to_string),
        }
    }

    fn stored(level: i64, obtained: &str, evidence: Option<&str>) -> StoredHolding {
        StoredHolding { level, obtained_on: date(obtained), expires_on: None, evidence: evidence.map(str::to_string) }
    }

    #[test]
    fn rows_are_added_changed_or_left_as_they_are() {
        let held: HashMap<(i64, i64), StoredHolding> = [
            ((1, 10), stored(1, "2024-01-01", Some("kursbevis"))),
            ((1, 11), stored(2, "2024-01-01", None)),
            ((2, 10), stored(1, "2024-01-01", None)),
        ]
        .into();
        let rows = vec![
            row(2, 10, 1, "2024-02-01", None),           // a new date
            row(1, 11, 2, "2024-01-01", None),           // as stored
            row(1, 10, 1, "2024-01-01", None),           // no evidence keeps the stored one
            row(3, 12, 1, "", None),                     // new
            row(1, 12, 3, "2025-05-05", Some("attest")), // new
            row(1, 13, 1, "", None),                     // new
        ];
        let d = diff_holdings(&rows, &held);
        assert_eq!(d.unchanged, 2);
        let keys = |v: &[&HoldingRow]| v.iter().map(|r| (r.person, r.competence)).collect::<Vec<_>>();
        assert_eq!(keys(&d.added), [(1, 12), (1, 13), (3, 12)], "sorted by person and competence");
        assert_eq!(keys(&d.changed), [(2, 10)]);
        assert_eq!(d.history.iter().map(|p| p.person).collect::<Vec<_>>(), [1, 2, 3], "one entry per person");
        assert_eq!(d.history[1].changes, [HoldingChange { competence: 10, level: 1, before: Some(stored(1, "2024-01-01", None)) }]);
        assert_eq!(
            d.history[0].changes,
            [HoldingChange { competence: 12, level: 3, before: None }, HoldingChange { competence: 13, level: 1, before: None }],
            "a person's changes in one entry"
        );
    }

    #[test]
    fn each_value_counts_as_a_change() {
        let held: HashMap<(i64, i64), StoredHolding> = [((1, 10), stored(2, "2024-01-01", Some("a")))].into();
        let changed = |r: HoldingRow| diff_holdings(std::slice::from_ref(&r), &held).changed.len();
        assert_eq!(changed(row(1, 10, 3, "2024-01-01", None)), 1, "level");
        assert_eq!(changed(row(1, 10, 2, "2024-01-02", None)), 1, "obtained");
        assert_eq!(changed(row(1, 10, 2, "2024-01-01", Some("b"))), 1, "evidence");
        assert_eq!(changed(row(1, 10, 2, "2024-01-01", Some("a"))), 0, "the same evidence");
        let mut expiring = row(1, 10, 2, "2024-01-01", None);
        expiring.expires_on = date("2026-01-01");
        assert_eq!(changed(expiring), 1, "expires");
    }

    #[test]
    fn a_persons_changes_survive_the_round_trip_through_text() {
        let p = PersonChanges {
            person: 7,
            changes: vec![
                HoldingChange { competence: 10, level: 2, before: Some(stored(1, "2024-01-01", Some("kurs"))) },
                HoldingChange { competence: 11, level: 1, before: None },
            ],
        };
        assert_eq!(PersonChanges::changes_from_json(&p.to_json()), p.changes);
        assert!(PersonChanges::changes_from_json("not json").is_empty());
    }
}
