//! The columns an organisation file may have, the names HR systems give them, and matching
//! a file's header against them.

use crate::error::{ImportError, ImportErrorCode};
use crate::mapping::Mapping;

/// A column Saman understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    EmployeeNumber,
    GivenName,
    FamilyName,
    Email,
    BirthYear,
    UnitCode,
    UnitName,
    ParentUnitCode,
    UnitKind,
    Title,
    PositionCode,
    Percent,
    StartDate,
    EndDate,
    Leader,
    PositionId,
    LeaderNumber,
}

/// Documentation of one column, for the template and the help page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnDoc {
    pub column: Column,
    /// The canonical (Norwegian) header, as in the template.
    pub name: &'static str,
    pub required: bool,
    pub description: &'static str,
    /// Other headers accepted for this column.
    pub aliases: &'static [&'static str],
}

const fn doc(column: Column, name: &'static str, required: bool, aliases: &'static [&'static str], description: &'static str) -> ColumnDoc {
    ColumnDoc { column, name, required, description, aliases }
}

/// All columns in template order.
pub static COLUMNS: [ColumnDoc; 17] = [
    doc(
        Column::EmployeeNumber,
        "Ansattnummer",
        true,
        &[
            "Ansattnr",
            "Ansatt-id",
            "Tilsettnummer",
            "Tilsettnr",
            "Ressursnr",
            "Ressursnummer",
            "Ansattid",
            "Personalnummer",
            "Personalnr",
            "Løpenummer",
            "employee_number",
            "employeeid",
            "employee_no",
            "Employee ID",
            "Resource ID",
            "Resource no",
            "Personnel number",
            "PERNR",
        ],
        "The person's employee number in the HR system. Identifies the person between imports.",
    ),
    doc(Column::GivenName, "Fornavn", true, &["Fornamn", "given_name", "firstname", "first_name", "First name"], "Given name(s)."),
    doc(
        Column::FamilyName,
        "Etternavn",
        true,
        &["Etternamn", "family_name", "lastname", "last_name", "surname", "Last name"],
        "Family name.",
    ),
    doc(
        Column::Email,
        "E-post",
        false,
        &["epost", "E-postadresse", "Epost arbeid", "E-post arbeid", "email", "e-mail", "Work e-mail"],
        "Work e-mail address. Left empty, a stored address is kept.",
    ),
    doc(
        Column::BirthYear,
        "Fødselsår",
        false,
        &["fodselsar", "Fødeår", "birth_year", "Fødselsdato", "Fødedato", "birth_date", "Date of birth"],
        "Year of birth (1968), or a date of birth of which only the year is kept. Used for age statistics.",
    ),
    doc(
        Column::UnitCode,
        "Enhetskode",
        true,
        &[
            "Enhetsnr",
            "Enhet-id",
            "Org.enhet",
            "Orgenhet",
            "Org.enhet kode",
            "Organisasjonsenhet",
            "Ansvar",
            "Ansvarsnummer",
            "Einingskode",
            "Einingsnr",
            "Avdelingskode",
            "Avdelingsnr",
            "unit_code",
            "unit_id",
            "Org unit",
            "Organisational unit",
            "Org. unit ID",
            "Department code",
        ],
        "The unit's code in the HR system. Identifies the unit between imports.",
    ),
    doc(
        Column::UnitName,
        "Enhet",
        true,
        &[
            "Enhetsnavn",
            "Eining",
            "Einingsnamn",
            "Org.enhet navn",
            "Organisasjonsenhet navn",
            "Avdelingsnavn",
            "Ansvarsnavn",
            "unit",
            "unit_name",
            "Org unit name",
            "Department",
        ],
        "The unit's name. Must be the same on every line with the same unit code.",
    ),
    doc(
        Column::ParentUnitCode,
        "Overordnet enhetskode",
        false,
        &[
            "Overordnet",
            "Overordnet enhet",
            "Overordna eining",
            "Overordna einingskode",
            "Overordnet org.enhet",
            "Overordnet avdeling",
            "parent_unit_code",
            "parent",
            "Parent unit",
            "Parent org unit",
        ],
        "Code of the unit above. Empty for a top-level unit. The parent must be in the file or already in Saman.",
    ),
    doc(
        Column::UnitKind,
        "Enhetstype",
        false,
        &["Einingstype", "Enhetsnivå", "unit_kind", "unit_type", "Unit level"],
        "sektor, avdeling or enhet (sector, department, unit). Empty means enhet.",
    ),
    doc(
        Column::Title,
        "Stillingstittel",
        true,
        &[
            "Stilling",
            "Tittel",
            "Stillingsbetegnelse",
            "Stillingsnavn",
            "Stillingsnemning",
            "title",
            "job_title",
            "Job title",
            "Position title",
        ],
        "Position title, e.g. Sykepleier.",
    ),
    doc(
        Column::PositionCode,
        "Stillingskode",
        false,
        &["Stillingskode KS", "Stillingskodenr", "Stkode", "position_code", "Position code", "Job code"],
        "The position code (e.g. the four-digit code in KS' stillingskoder). Left empty, a stored code is kept.",
    ),
    doc(
        Column::Percent,
        "Stillingsprosent",
        true,
        &[
            "Prosent",
            "percent",
            "Stillingsandel",
            "Stillingsstørrelse",
            "Stilling %",
            "Stillings%",
            "Prosent stilling",
            "Employment percentage",
            "FTE %",
        ],
        "Percent of a full-time position, over 0 and at most 100. 80, 80,5 and 80 % all work.",
    ),
    doc(
        Column::StartDate,
        "Startdato",
        true,
        &[
            "start_date",
            "Fra dato",
            "Fradato",
            "Tiltredelsesdato",
            "Tiltredingsdato",
            "Tiltrådt",
            "Ansatt fra",
            "Tilsett frå",
            "Startdato stilling",
            "Gyldig fra",
            "Start date",
            "Valid from",
        ],
        "First day in the position: dd.mm.yyyy or yyyy-mm-dd.",
    ),
    doc(
        Column::EndDate,
        "Sluttdato",
        false,
        &[
            "end_date",
            "Til dato",
            "Tildato",
            "Fratredelsesdato",
            "Fratredingsdato",
            "Ansatt til",
            "Tilsett til",
            "Gyldig til",
            "End date",
            "Valid to",
        ],
        "Last day in the position, empty if open-ended: dd.mm.yyyy or yyyy-mm-dd.",
    ),
    doc(
        Column::Leader,
        "Leder",
        false,
        &["Er leder", "is_leader", "Leiar", "leader"],
        "ja if this person leads the unit (at most one leader per unit); nei or empty otherwise.",
    ),
    doc(
        Column::PositionId,
        "Stillingsnummer",
        false,
        &[
            "position_id",
            "Stillingsid",
            "Stilling-id",
            "Stillingsnr",
            "Arbeidsforholdsnummer",
            "Arbeidsforhold-id",
            "Arbeidsforhold",
            "Position ID",
            "Employment ID",
        ],
        "The HR system's key for the position. Without it, a position is identified by employee number and unit code.",
    ),
    doc(
        Column::LeaderNumber,
        "Nærmeste leder",
        false,
        &[
            "Leder ansattnr",
            "Leders ansattnummer",
            "Nærmeste leder ansattnr",
            "Nærmeste leders ansattnummer",
            "Næraste leiar",
            "Leiar tilsettnummer",
            "Leder ressursnr",
            "Overordnet ansattnr",
            "manager_employee_number",
            "Manager ID",
        ],
        "The employee number of the person's nearest leader. The person most rows of a unit name becomes the unit's leader; rows that name someone else are shown in the preview.",
    ),
];

impl Column {
    pub fn doc(self) -> &'static ColumnDoc {
        // COLUMNS is in enum order; the test below keeps it so.
        &COLUMNS[self as usize]
    }

    /// The canonical header, used in error messages.
    pub fn name(self) -> &'static str {
        self.doc().name
    }

    pub fn required(self) -> bool {
        self.doc().required
    }
}

/// Folds a header for matching: case, spaces, `_`, `-`, `.` and æøå spelled as ae/o/a don't matter.
pub fn normalize(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    for c in header.trim().trim_start_matches('\u{feff}').to_lowercase().chars() {
        match c {
            ' ' | '_' | '-' | '.' | '\u{a0}' => {}
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push('o'),
            'å' => out.push('a'),
            c => out.push(c),
        }
    }
    out
}

/// Which column of the file holds each known column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnMap {
    index: [Option<usize>; 17],
}

impl ColumnMap {
    /// The file's field index for a column, if the file has it.
    pub fn get(&self, column: Column) -> Option<usize> {
        self.index[column as usize]
    }

    /// Matches a header. Unknown columns are ignored; missing required and duplicate columns are errors.
    pub fn from_header(header: &[String], header_line: usize) -> Result<ColumnMap, Vec<ImportError>> {
        Self::from_header_mapped(header, header_line, &Mapping::default())
    }

    /// Matches a header, reading the headers a mapping names as it says.
    pub fn from_header_mapped(header: &[String], header_line: usize, mapping: &Mapping) -> Result<ColumnMap, Vec<ImportError>> {
        let mut index = [None; 17];
        let mut errors = Vec::new();
        for (i, h) in header.iter().enumerate() {
            let Some(doc) = mapping.column_of(h).map(Column::doc) else { continue };
            let slot = &mut index[doc.column as usize];
            if slot.is_some() {
                errors.push(ImportError::new(header_line, ImportErrorCode::DuplicateColumn).column(doc.name).value(h));
            } else {
                *slot = Some(i);
            }
        }
        for doc in &COLUMNS {
            if doc.required && index[doc.column as usize].is_none() {
                errors.push(ImportError::new(header_line, ImportErrorCode::MissingColumn).column(doc.name));
            }
        }
        if errors.is_empty() { Ok(ColumnMap { index }) } else { Err(errors) }
    }
}

/// The column a header names, if any.
pub fn find(header: &str) -> Option<&'static ColumnDoc> {
    let h = normalize(header);
    if h.is_empty() {
        return None;
    }
    COLUMNS.iter().find(|d| normalize(d.name) == h || d.aliases.iter().any(|a| normalize(a) == h))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_enum_order() {
        for (i, d) in COLUMNS.iter().enumerate() {
            assert_eq!(d.column as usize, i, "{}", d.name);
        }
    }

    #[test]
    fn no_header_names_two_columns() {
        for a in &COLUMNS {
            for name in std::iter::once(&a.name).chain(a.aliases) {
                let owners: Vec<&str> = COLUMNS
                    .iter()
                    .filter(|b| normalize(b.name) == normalize(name) || b.aliases.iter().any(|x| normalize(x) == normalize(name)))
                    .map(|b| b.name)
                    .collect();
                assert_eq!(owners, vec![a.name], "{name}");
            }
        }
    }

    #[test]
    fn a_visma_style_export_header_is_understood_as_it_is() {
        let header: Vec<String> = [
            "Ressursnr",
            "Fornavn",
            "Etternavn",
            "Fødselsdato",
            "Org.enhet",
            "Enhetsnavn",
            "Overordnet enhet",
            "Stillingsbetegnelse",
            "Stillingsprosent",
            "Tiltredelsesdato",
            "Fratredelsesdato",
            "Nærmeste leder",
        ]
        .iter()
        .map(|h| h.to_string())
        .collect();
        let map = ColumnMap::from_header(&header, 1).expect("every required column found");
        assert_eq!(map.get(Column::EmployeeNumber), Some(0));
        assert_eq!(map.get(Column::BirthYear), Some(3));
        assert_eq!(map.get(Column::UnitCode), Some(4));
        assert_eq!(map.get(Column::UnitName), Some(5));
        assert_eq!(map.get(Column::ParentUnitCode), Some(6));
        assert_eq!(map.get(Column::Title), Some(7));
        assert_eq!(map.get(Column::StartDate), Some(9));
        assert_eq!(map.get(Column::EndDate), Some(10));
        assert_eq!(map.get(Column::LeaderNumber), Some(11));
        assert_eq!(map.get(Column::Leader), None);
    }

    #[test]
    fn aliases_match_loosely() {
        let col = |h: &str| find(h).map(|d| d.column);
        assert_eq!(col(" ANSATT_NR "), Some(Column::EmployeeNumber));
        assert_eq!(col("employeeId"), Some(Column::EmployeeNumber));
        assert_eq!(col("Fodselsar"), Some(Column::BirthYear));
        assert_eq!(col("fødselsdato"), Some(Column::BirthYear));
        assert_eq!(col("Overordnet enhetskode"), Some(Column::ParentUnitCode));
        assert_eq!(col("overordnet_enhetskode"), Some(Column::ParentUnitCode));
        assert_eq!(col("Er leder"), Some(Column::Leader));
        assert_eq!(col("fra dato"), Some(Column::StartDate));
        assert_eq!(col("e.post"), Some(Column::Email));
        assert_eq!(col("Fødselsnummer"), None);
        assert_eq!(col(""), None);
    }

    #[test]
    fn aliases_are_unambiguous() {
        let mut seen = std::collections::HashMap::new();
        for d in &COLUMNS {
            for n in std::iter::once(&d.name).chain(d.aliases) {
                if let Some(other) = seen.insert(normalize(n), d.name) {
                    assert_eq!(other, d.name, "{n} is ambiguous");
                }
            }
        }
    }

    #[test]
    fn missing_and_duplicate_columns() {
        let header: Vec<String> = ["Ansattnr", "Fornavn", "Etternavn", "Enhetskode", "Enhet", "Tittel", "Stilling", "Prosent", "Startdato"]
            .map(String::from)
            .into();
        let errors = ColumnMap::from_header(&header, 1).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].code, ImportErrorCode::DuplicateColumn);
        assert_eq!(errors[0].column.as_deref(), Some("Stillingstittel"));
        assert_eq!(errors[0].value.as_deref(), Some("Stilling"));

        let errors = ColumnMap::from_header(&header[..5], 1).unwrap_err();
        let missing: Vec<_> = errors.iter().map(|e| e.column.as_deref().unwrap_or("")).collect();
        assert_eq!(missing, ["Stillingstittel", "Stillingsprosent", "Startdato"]);
        assert!(errors.iter().all(|e| e.code == ImportErrorCode::MissingColumn && e.line == 1));
    }
}
