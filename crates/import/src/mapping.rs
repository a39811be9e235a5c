//! A column mapping: which of Saman's columns each header of a file holds, chosen by the user
//! for a layout Saman does not recognise, and kept per organisation as a named profile.
//!
//! A mapping names headers as they are written in the file; they match loosely (as aliases
//! do, see [`normalize`]). A header the mapping names is read as the mapping says, or ignored;
//! a header it does not name is recognised by the usual aliases.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::columns::{COLUMNS, Column, find, normalize};

/// The header → column choices of one layout. `None` ignores the column.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Mapping {
    /// By the header as written; the value is a column's code, or empty to ignore it.
    columns: BTreeMap<String, String>,
}

impl Mapping {
    /// A mapping of the given headers.
    pub fn new<'a>(choices: impl IntoIterator<Item = (&'a str, Option<Column>)>) -> Mapping {
        let columns = choices
            .into_iter()
            .filter(|(h, _)| !normalize(h).is_empty())
            .map(|(h, c)| (h.trim().to_string(), c.map_or(String::new(), |c| c.code().to_string())))
            .collect();
        Mapping { columns }
    }

    /// What the mapping says of a header: `Some(Some(column))`, `Some(None)` when it is to be
    /// ignored, and `None` when the mapping does not name it.
    pub fn choice(&self, header: &str) -> Option<Option<Column>> {
        let h = normalize(header);
        if h.is_empty() {
            return None;
        }
        self.columns.iter().find(|(k, _)| normalize(k) == h).map(|(_, code)| Column::from_code(code))
    }

    /// The column a header holds: the mapping's choice, else the one its name is known by.
    pub fn column_of(&self, header: &str) -> Option<Column> {
        match self.choice(header) {
            Some(choice) => choice,
            None => find(header).map(|d| d.column),
        }
    }

    /// True when the mapping was made for a file with exactly these headers (in any order).
    pub fn fits(&self, header: &[String]) -> bool {
        let mut mine: Vec<String> = self.columns.keys().map(|k| normalize(k)).collect();
        let mut theirs: Vec<String> = header.iter().map(|h| normalize(h)).filter(|h| !h.is_empty()).collect();
        mine.sort();
        theirs.sort();
        !mine.is_empty() && mine == theirs
    }

    pub fn is_empty(&self) -> bool {
        self.columns.is_empty()
    }

    /// The mapping as stored: a JSON object of header → column code.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_string())
    }

    /// Reads a stored mapping; an unreadable one is empty (every header by its name).
    pub fn from_json(text: &str) -> Mapping {
        serde_json::from_str(text).unwrap_or_default()
    }
}

impl Column {
    /// A stable code for the column, as stored in mappings and sent by forms.
    pub fn code(self) -> &'static str {
        match self {
            Column::EmployeeNumber => "employee_number",
            Column::GivenName => "given_name",
            Column::FamilyName => "family_name",
            Column::Email => "email",
            Column::BirthYear => "birth_year",
            Column::UnitCode => "unit_code",
            Column::UnitName => "unit_name",
            Column::ParentUnitCode => "parent_unit_code",
            Column::UnitKind => "unit_kind",
            Column::Title => "title",
            Column::PositionCode => "position_code",
            Column::Percent => "percent",
            Column::StartDate => "start_date",
            Column::EndDate => "end_date",
            Column::Leader => "leader",
            Column::PositionId => "position_id",
            Column::LeaderNumber => "leader_number",
        }
    }

    /// The column with this code; `None` for an empty or unknown code.
    pub fn from_code(code: &str) -> Option<Column> {
        COLUMNS.iter().map(|d| d.column).find(|c| c.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn codes_round_trip_and_are_distinct() {
        let codes: std::collections::BTreeSet<&str> = COLUMNS.iter().map(|d| d.column.code()).collect();
        assert_eq!(codes.len(), COLUMNS.len());
        for d in &COLUMNS {
            assert_eq!(Column::from_code(d.column.code()), Some(d.column));
        }
        assert_eq!(Column::from_code(""), None);
        assert_eq!(Column::from_code("salary"), None);
    }

    #[test]
    fn the_mapping_wins_over_the_alias_and_can_ignore() {
        let m = Mapping::new([("Ansvar", Some(Column::Title)), ("Tittel", None), ("Nr", Some(Column::EmployeeNumber))]);
        // "Ansvar" is an alias of the unit code; this layout uses it for the title.
        assert_eq!(m.column_of("ansvar"), Some(Column::Title));
        assert_eq!(m.column_of("Tittel"), None);
        assert_eq!(m.choice("Tittel"), Some(None));
        assert_eq!(m.column_of(" NR "), Some(Column::EmployeeNumber));
        // Headers the mapping does not name are read by their names.
        assert_eq!(m.choice("Fornavn"), None);
        assert_eq!(m.column_of("Fornavn"), Some(Column::GivenName));
        assert_eq!(m.column_of("Lønn"), None);
    }

    #[test]
    fn a_mapping_fits_the_same_headers_in_any_order_only() {
        let m = Mapping::new([("Nr", Some(Column::EmployeeNumber)), ("Navn 1", Some(Column::GivenName)), ("Merknad", None)]);
        assert!(m.fits(&header(&["navn 1", "Merknad", "NR", ""])));
        assert!(!m.fits(&header(&["Nr", "Navn 1"])));
        assert!(!m.fits(&header(&["Nr", "Navn 1", "Merknad", "Lønn"])));
        assert!(!Mapping::default().fits(&header(&[])));
    }

    #[test]
    fn stored_as_json_and_read_back() {
        let m = Mapping::new([("Nr", Some(Column::EmployeeNumber)), ("Merknad", None), ("  ", Some(Column::Title))]);
        assert_eq!(m.to_json(), r#"{"Merknad":"","Nr":"employee_number"}"#);
        assert_eq!(Mapping::from_json(&m.to_json()), m);
        assert!(Mapping::from_json("not json").is_empty());
        assert!(!m.is_empty());
    }

    #[test]
    fn an_unknown_layout_is_read_through_its_mapping() {
        use crate::columns::ColumnMap;
        let file = header(&["Nr", "Navn 1", "Navn 2", "Avd", "Avd tekst", "Rolle", "Andel", "Fra", "Merknad"]);
        assert!(ColumnMap::from_header(&file, 1).is_err());
        let mut m = Mapping::new([
            ("Nr", Some(Column::EmployeeNumber)),
            ("Navn 1", Some(Column::GivenName)),
            ("Navn 2", Some(Column::FamilyName)),
            ("Avd", Some(Column::UnitCode)),
            ("Avd tekst", Some(Column::UnitName)),
            ("Rolle", Some(Column::Title)),
            ("Andel", Some(Column::Percent)),
            ("Fra", Some(Column::StartDate)),
            ("Merknad", None),
        ]);
        let map = ColumnMap::from_header_mapped(&file, 1, &m).expect("mapped");
        assert_eq!(map.get(Column::EmployeeNumber), Some(0));
        assert_eq!(map.get(Column::StartDate), Some(7));
        assert_eq!(map.get(Column::Email), None);

        // Two headers chosen for one column, and a required column left out, are refused.
        m = Mapping::new([("Navn 1", Some(Column::GivenName)), ("Navn 2", Some(Column::GivenName)), ("Fra", None)]);
        let errs = ColumnMap::from_header_mapped(&file, 3, &m).unwrap_err();
        assert!(errs.iter().any(|e| e.code == crate::ImportErrorCode::DuplicateColumn && e.value.as_deref() == Some("Navn 2")));
        assert!(errs.iter().any(|e| e.code == crate::ImportErrorCode::MissingColumn && e.column.as_deref() == Some("Startdato")));
        assert!(errs.iter().all(|e| e.line == 3));
    }
}
