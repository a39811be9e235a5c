//! Table → typed rows, with every cell checked and the rows checked against each other.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use saman_domain::UnitKind;
use saman_domain::parse::{self, ParseError, Percent};

use crate::columns::{Column, ColumnMap};
use crate::error::{self, ImportError, ImportErrorCode, MAX_ERRORS};
use crate::mapping::Mapping;
use crate::read::{Table, excel_serial_date, read_table};

const MAX_NAME: usize = 100;
const MAX_TEXT: usize = 200;
const MAX_CODE: usize = 64;

/// One line of an organisation file: one position of one person in one unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgRow {
    pub line: usize,
    pub employee_number: String,
    pub given_name: String,
    pub family_name: String,
    pub email: Option<String>,
    pub birth_year: Option<i32>,
    pub unit_code: String,
    pub unit_name: String,
    pub parent_unit_code: Option<String>,
    pub unit_kind: UnitKind,
    pub title: String,
    pub position_code: Option<String>,
    pub percent: Percent,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    pub is_leader: bool,
    /// The nearest leader's employee number (`Nærmeste leder`), if given.
    pub leader_number: Option<String>,
    /// `Stillingsnummer` if given, else `"{employee_number}/{unit_code}"`.
    pub position_key: String,
}

/// Reads and checks a whole file. Any error refuses the file; up to 100 errors are returned.
pub fn parse_org_file(bytes: &[u8], filename: &str, this_year: i32) -> Result<Vec<OrgRow>, Vec<ImportError>> {
    parse_org_file_mapped(bytes, filename, this_year, &Mapping::default())
}

/// As [`parse_org_file`], with the headers a mapping names read as it says.
pub fn parse_org_file_mapped(bytes: &[u8], filename: &str, this_year: i32, mapping: &Mapping) -> Result<Vec<OrgRow>, Vec<ImportError>> {
    let table = read_table(bytes, filename)?;
    parse_table_mapped(&table, this_year, mapping)
}

/// Checks an already read table, with the headers a mapping names read as it says.
pub fn parse_table_mapped(table: &Table, this_year: i32, mapping: &Mapping) -> Result<Vec<OrgRow>, Vec<ImportError>> {
    let columns = ColumnMap::from_header_mapped(&table.header, table.header_line, mapping)?;
    let mut errors = Vec::new();
    let mut rows = Vec::with_capacity(table.rows.len());
    for (line, fields) in &table.rows {
        let mut cells = Cells { line: *line, fields, columns: &columns, errors: Vec::new(), table };
        if let Some(row) = cells.row(this_year) {
            rows.push(row);
        }
        errors.append(&mut cells.errors);
        if errors.len() >= MAX_ERRORS {
            return Err(error::finish(errors));
        }
    }
    check_rows(&rows, &mut errors);
    if errors.is_empty() { Ok(rows) } else { Err(error::finish(errors)) }
}

/// The cells of one row, collecting errors as they are parsed.
struct Cells<'a> {
    line: usize,
    fields: &'a [String],
    columns: &'a ColumnMap,
    table: &'a Table,
    errors: Vec<ImportError>,
}

impl<'a> Cells<'a> {
    fn raw(&self, column: Column) -> &'a str {
        self.columns.get(column).and_then(|i| self.fields.get(i)).map_or("", |s| s.trim())
    }

    fn fail(&mut self, column: Column, code: ImportErrorCode) {
        let e = ImportError::new(self.line, code).column(column.name()).value(self.raw(column));
        self.errors.push(e);
    }

    /// Parses one cell; on failure records the error and returns `None`.
    fn get<T>(&mut self, column: Column, parse: impl FnOnce(&Self, &str) -> Result<T, ImportErrorCode>) -> Option<T> {
        match parse(self, self.raw(column)) {
            Ok(v) => Some(v),
            Err(code) => {
                self.fail(column, code);
                None
            }
        }
    }

    /// An optional cell: empty is `Some(None)`, a bad value is `None`.
    fn optional<T>(&mut self, column: Column, parse: impl FnOnce(&Self, &str) -> Result<T, ImportErrorCode>) -> Option<Option<T>> {
        if self.raw(column).is_empty() { Some(None) } else { self.get(column, parse).map(Some) }
    }

    fn date(&self, s: &str) -> Result<NaiveDate, ImportErrorCode> {
        match parse::date(s) {
            // A spreadsheet date cell formatted as a plain number arrives as its serial day number.
            Err(ParseError::BadDate) if self.table.from_spreadsheet => {
                s.parse::<f64>().ok().and_then(excel_serial_date).ok_or(cell(ParseError::BadDate))
            }
            other => other.map_err(cell),
        }
    }

    fn percent(&self, s: &str) -> Result<Percent, ImportErrorCode> {
        // A spreadsheet cell formatted as percent holds a fraction: 80 % is 0.8, 100 % is 1.
        if self.table.from_spreadsheet
            && let Ok(v) = s.parse::<f64>()
            && v > 0.0
            && v <= 1.0
        {
            return Percent::from_hundredths((v * 10_000.0).round() as i64).ok_or(cell(ParseError::BadPercent));
        }
        Percent::parse(s).map_err(cell)
    }

    fn row(&mut self, this_year: i32) -> Option<OrgRow> {
        let text = |max: usize| move |_: &Self, s: &str| parse::text(s, max).map_err(cell);
        let optional_text = |max: usize| move |_: &Self, s: &str| parse::optional_text(s, max).map_err(cell);
        let employee_number = self.get(Column::EmployeeNumber, text(MAX_CODE));
        let given_name = self.get(Column::GivenName, text(MAX_NAME));
        let family_name = self.get(Column::FamilyName, text(MAX_NAME));
        let email = self.optional(Column::Email, |_, s| parse::email(s).map_err(cell));
        let birth_year = self.optional(Column::BirthYear, |_, s| match parse::birth_year(s, this_year) {
            Ok(y) if y <= this_year => Ok(y),
            Ok(_) => Err(cell(ParseError::BadYear)),
            Err(e) => Err(cell(e)),
        });
        let unit_code = self.get(Column::UnitCode, text(MAX_CODE));
        let unit_name = self.get(Column::UnitName, text(MAX_TEXT));
        let parent_unit_code = self.get(Column::ParentUnitCode, optional_text(MAX_CODE));
        let unit_kind = self.get(Column::UnitKind, |_, s| UnitKind::parse(s).ok_or(cell(ParseError::BadChoice)));
        let title = self.get(Column::Title, text(MAX_TEXT));
        let position_code = self.get(Column::PositionCode, optional_text(MAX_CODE));
        let percent = self.get(Column::Percent, Self::percent);
        let start_date = self.get(Column::StartDate, Self::date);
        let end_date = self.optional(Column::EndDate, Self::date);
        let is_leader = self.get(Column::Leader, |_, s| flag(s).ok_or(ImportErrorCode::BadFlag));
        let position_id = self.get(Column::PositionId, optional_text(MAX_CODE));
        let leader_number = self.get(Column::LeaderNumber, optional_text(MAX_CODE));

        let (employee_number, unit_code, position_id) = (employee_number?, unit_code?, position_id?);
        Some(OrgRow {
            line: self.line,
            position_key: position_id.clone().unwrap_or_else(|| format!("{employee_number}/{unit_code}")),
            employee_number,
            given_name: given_name?,
            family_name: family_name?,
            email: email?,
            birth_year: birth_year?,
            unit_code,
            unit_name: unit_name?,
            parent_unit_code: parent_unit_code?,
            unit_kind: unit_kind?,
            title: title?,
            position_code: position_code?,
            percent: percent?,
            start_date: start_date?,
            end_date: end_date?,
            is_leader: is_leader?,
            leader_number: leader_number?,
        })
    }
}

fn cell(e: ParseError) -> ImportErrorCode {
    ImportErrorCode::Cell(e)
}

/// `ja`/`nei` and friends; empty is no.
fn flag(s: &str) -> Option<bool> {
    match s.trim().to_lowercase().as_str() {
        "ja" | "j" | "yes" | "y" | "1" | "x" | "true" | "sann" => Some(true),
        "nei" | "n" | "no" | "0" | "false" | "usann" | "" => Some(false),
        _ => None,
    }
}

/// Checks that need more than one row. Appends to `errors`.
fn check_rows(rows: &[OrgRow], errors: &mut Vec<ImportError>) {
    let err = |row: &OrgRow, code: ImportErrorCode, column: Column| ImportError::new(row.line, code).column(column.name());
    let mut positions: HashMap<&str, &OrgRow> = HashMap::new();
    let mut units: HashMap<&str, &OrgRow> = HashMap::new();
    let mut people: HashMap<&str, &OrgRow> = HashMap::new();
    let mut leaders: HashMap<&str, &OrgRow> = HashMap::new();
    for row in rows {
        if let Some(end) = row.end_date
            && end < row.start_date
        {
            errors.push(err(row, ImportErrorCode::EndBeforeStart, Column::EndDate).value(parse_date_text(end)));
        }

        if let Some(first) = positions.insert(&row.position_key, row) {
            let derived = row.position_key == format!("{}/{}", row.employee_number, row.unit_code);
            let column = if derived { Column::EmployeeNumber } else { Column::PositionId };
            errors.push(err(row, ImportErrorCode::DuplicatePosition, column).value(first.line.to_string()));
            positions.insert(&row.position_key, first);
        }

        let first = *units.entry(&row.unit_code).or_insert(row);
        let unit_diff = if first.unit_name != row.unit_name {
            Some(Column::UnitName)
        } else if first.parent_unit_code != row.parent_unit_code {
            Some(Column::ParentUnitCode)
        } else if first.unit_kind != row.unit_kind {
            Some(Column::UnitKind)
        } else {
            None
        };
        if let Some(column) = unit_diff {
            errors.push(err(row, ImportErrorCode::UnitConflict, column).value(first.line.to_string()));
        }

        let first = *people.entry(&row.employee_number).or_insert(row);
        let person_diff = if first.given_name != row.given_name {
            Some(Column::GivenName)
        } else if first.family_name != row.family_name {
            Some(Column::FamilyName)
        } else if first.email != row.email {
            Some(Column::Email)
        } else if first.birth_year != row.birth_year {
            Some(Column::BirthYear)
        } else {
            None
        };
        if let Some(column) = person_diff {
            errors.push(err(row, ImportErrorCode::PersonConflict, column).value(first.line.to_string()));
        }

        if row.is_leader {
            let first = *leaders.entry(&row.unit_code).or_insert(row);
            if first.employee_number != row.employee_number {
                errors.push(err(row, ImportErrorCode::TwoLeaders, Column::Leader).value(first.line.to_string()));
            }
        }
    }
    check_cycles(&units, errors);
}

fn parse_date_text(d: NaiveDate) -> String {
    format!("{:02}.{:02}.{}", d.day(), d.month(), d.year())
}

/// A unit may not be its own ancestor within the file. Cycles through units already stored
/// are caught when planning.
fn check_cycles(units: &HashMap<&str, &OrgRow>, errors: &mut Vec<ImportError>) {
    let mut in_cycle: Vec<&OrgRow> = Vec::new();
    for (&code, row) in units {
        let mut current = row.parent_unit_code.as_deref();
        let mut steps = 0;
        while let Some(parent) = current {
            if parent == code {
                in_cycle.push(row);
                break;
            }
            steps += 1;
            if steps > units.len() {
                break; // a cycle further up, reported from its own members
            }
            current = units.get(parent).and_then(|r| r.parent_unit_code.as_deref());
        }
    }
    in_cycle.sort_by_key(|r| r.line);
    for row in in_cycle {
        errors.push(
            ImportError::new(row.line, ImportErrorCode::UnitCycle)
                .column(Column::ParentUnitCode.name())
                .value(row.parent_unit_code.as_deref().unwrap_or_default()),
        );
    }
}
