//! Who leads each unit, as a file says it: a `Leder = ja` row, or else the nearest leader
//! (`Nærmeste leder`, an employee number) that most of the unit's rows name.

use crate::rows::OrgRow;
use std::collections::HashMap;

/// A row that names a different nearest leader than the one chosen for its unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaderWarning {
    pub line: usize,
    pub unit_code: String,
    /// The employee number the row names.
    pub named: String,
    /// The employee number chosen for the unit.
    pub chosen: String,
}

/// Each unit's leader by employee number, in the order the units first appear, and the rows
/// that named someone else. A unit with a row marked `Leder = ja` keeps that leader. Otherwise
/// the employee number named by the most rows wins (on a tie, the one named first). The row
/// of someone the unit's rows name as a leader names that leader's own superior, so it neither
/// counts nor disagrees.
pub fn choose(rows: &[OrgRow]) -> (Vec<(String, String)>, Vec<LeaderWarning>) {
    let named_in: std::collections::HashSet<(&str, &str)> = rows
        .iter()
        .filter_map(|r| r.leader_number.as_deref().filter(|l| *l != r.employee_number).map(|l| (r.unit_code.as_str(), l)))
        .collect();
    let is_candidate = |r: &OrgRow| named_in.contains(&(r.unit_code.as_str(), r.employee_number.as_str()));
    let mut order: Vec<&str> = vec![];
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut flagged: HashMap<&str, &str> = HashMap::new();
    // Per unit: (employee number named, how many rows, first line naming it).
    let mut named: HashMap<&str, Vec<(&str, usize, usize)>> = HashMap::new();
    for row in rows {
        let unit = row.unit_code.as_str();
        if seen.insert(unit) {
            order.push(unit);
        }
        if row.is_leader {
            flagged.entry(unit).or_insert(row.employee_number.as_str());
        }
        if let Some(l) = row.leader_number.as_deref().filter(|l| *l != row.employee_number && !is_candidate(row)) {
            let counts = named.entry(unit).or_default();
            match counts.iter_mut().find(|(n, _, _)| *n == l) {
                Some(c) => c.1 += 1,
                None => counts.push((l, 1, row.line)),
            }
        }
    }
    let mut chosen: Vec<(String, String)> = vec![];
    for unit in order {
        let leader = match flagged.get(unit) {
            Some(l) => Some(*l),
            None => named.get(unit).and_then(|c| c.iter().max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2))).map(|(n, _, _)| *n)),
        };
        if let Some(l) = leader {
            chosen.push((unit.to_string(), l.to_string()));
        }
    }
    let mut warnings = vec![];
    for row in rows {
        let Some(l) = row.leader_number.as_deref() else { continue };
        let Some((_, leader)) = chosen.iter().find(|(u, _)| *u == row.unit_code) else { continue };
        if l != leader && l != row.employee_number && row.employee_number != *leader && !is_candidate(row) {
            warnings.push(LeaderWarning { line: row.line, unit_code: row.unit_code.clone(), named: l.to_string(), chosen: leader.clone() });
        }
    }
    (chosen, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rows::parse_org_file;

    fn rows(lines: &[&str]) -> Vec<OrgRow> {
        let mut csv = String::from(
            "Ansattnummer;Fornavn;Etternavn;Enhetskode;Enhet;Stillingstittel;Stillingsprosent;Startdato;Leder;Nærmeste leder\n",
        );
        for l in lines {
            csv.push_str(l);
            csv.push('\n');
        }
        parse_org_file(csv.as_bytes(), "f.csv", 2026).unwrap()
    }

    #[test]
    fn the_leader_most_rows_name_leads_and_the_others_are_listed_by_line() {
        let r = rows(&[
            "1;Ola;Leder;SOL;Solbakken;Enhetsleder;100;01.01.2020;;9",
            "2;Kari;A;SOL;Solbakken;Sykepleier;100;01.01.2020;;1",
            "3;Per;B;SOL;Solbakken;Sykepleier;100;01.01.2020;;1",
            "4;Anne;C;SOL;Solbakken;Helsefagarbeider;80;01.01.2020;;5",
        ]);
        let (chosen, warnings) = choose(&r);
        assert_eq!(chosen, vec![("SOL".to_string(), "1".to_string())]);
        assert_eq!(warnings, vec![LeaderWarning { line: 5, unit_code: "SOL".into(), named: "5".into(), chosen: "1".into() }]);
    }

    #[test]
    fn a_row_marked_as_leader_wins_over_what_others_name() {
        let r = rows(&[
            "1;Ola;Leder;SOL;Solbakken;Enhetsleder;100;01.01.2020;ja;9",
            "2;Kari;A;SOL;Solbakken;Sykepleier;100;01.01.2020;;7",
            "3;Per;B;SOL;Solbakken;Sykepleier;100;01.01.2020;;7",
        ]);
        let (chosen, warnings) = choose(&r);
        assert_eq!(chosen, vec![("SOL".to_string(), "1".to_string())]);
        assert_eq!(warnings.iter().map(|w| w.line).collect::<Vec<_>>(), vec![3, 4]);
    }

    #[test]
    fn a_tie_goes_to_the_leader_named_first_and_units_without_names_get_none() {
        let r = rows(&[
            "2;Kari;A;SOL;Solbakken;Sykepleier;100;01.01.2020;;8",
            "3;Per;B;SOL;Solbakken;Sykepleier;100;01.01.2020;;7",
            "4;Anne;C;HAV;Havly;Sykepleier;100;01.01.2020;;",
            "5;Nils;D;SOL;Solbakken;Sykepleier;100;01.01.2020;;6",
        ]);
        let (chosen, warnings) = choose(&r);
        assert_eq!(chosen, vec![("SOL".to_string(), "8".to_string())]);
        assert_eq!(warnings.iter().map(|w| (w.line, w.named.as_str())).collect::<Vec<_>>(), vec![(3, "7"), (5, "6")]);
    }

    #[test]
    fn naming_oneself_neither_counts_nor_warns() {
        let r = rows(&[
            "1;Ola;Leder;SOL;Solbakken;Enhetsleder;100;01.01.2020;;1",
            "2;Kari;A;SOL;Solbakken;Sykepleier;100;01.01.2020;;1",
            "3;Per;B;SOL;Solbakken;Sykepleier;100;01.01.2020;;4",
            "4;Lise;C;SOL;Solbakken;Sykepleier;100;01.01.2020;;4",
            "5;Mona;D;SOL;Solbakken;Sykepleier;100;01.01.2020;;4",
        ]);
        let (chosen, warnings) = choose(&r);
        assert_eq!(chosen, vec![("SOL".to_string(), "4".to_string())]);
        // Ola's and Lise's own numbers are not counted; only Kari's "1" disagrees with Lise.
        assert_eq!(warnings.iter().map(|w| w.line).collect::<Vec<_>>(), vec![3]);
    }
}
