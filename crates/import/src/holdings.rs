//! Importing people's competence (holdings) from a file: one row per person and competence.
//!
//! A row adds the holding, or replaces the person's holding of that competence; holdings not
//! in the file are left alone. Every row is checked against the organisation's people and its
//! catalogue before anything is stored, and any error refuses the whole file.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{Months, NaiveDate};
use saman_domain::parse::{self, ParseError};

use crate::columns::normalize;
use crate::error::{self, ImportError, ImportErrorCode, MAX_ERRORS};
use crate::read::{Table, excel_serial_date, is_spreadsheet, read_table_max, stream_csv};

/// Most rows a holdings file may have.
pub const MAX_HOLDING_ROWS: usize = 2_000_000;
const MAX_EVIDENCE: usize = 500;

/// The columns of a holdings file: canonical name, required, aliases.
pub const HOLDING_COLUMNS: [(&str, bool, &[&str]); 6] = [
    ("Ansattnummer", true, &["Ansattnr", "Ansatt-id", "Tilsettnummer", "employee_number", "employeeid"]),
    ("Kompetanse", true, &["Kompetansekode", "competence", "competence_key", "Kompetansenavn"]),
    ("Nivå", false, &["Niva", "level", "Nivaa"]),
    ("Oppnådd", false, &["Oppnådd dato", "Dato", "obtained", "obtained_on", "Oppnådd den"]),
    ("Utløper", false, &["Utløpsdato", "Gyldig til", "expires", "expires_on"]),
    ("Dokumentasjon", false, &["Dokumentasjon/lenke", "evidence", "Kommentar"]),
];

/// A template for the holdings import.
pub const HOLDINGS_TEMPLATE_CSV: &str = "Ansattnummer;Kompetanse;Nivå;Oppnådd;Utløper;Dokumentasjon\n\
100001;legemiddelhandtering;1;15.01.2026;;Kursbevis fra KS Læring\n\
100002;fagbrev-helsearbeiderfaget;1;2019-06-20;;\n";

/// One competence the file may name: by its key or by its name in any language.
#[derive(Debug, Clone)]
pub struct CatalogueEntry {
    pub id: i64,
    pub key: String,
    pub names: [String; 3],
    /// The highest level on its scale.
    pub max_level: i64,
    pub validity_months: Option<i64>,
}

/// What a holdings file is checked against.
#[derive(Debug, Clone, Default)]
pub struct HoldingsLookup {
    /// Employee number → person id, for the organisation's own people only.
    pub people: HashMap<String, i64>,
    pub catalogue: Vec<CatalogueEntry>,
}

/// One checked row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldingRow {
    pub line: usize,
    pub person: i64,
    pub competence: i64,
    pub level: i64,
    pub obtained_on: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    pub evidence: Option<String>,
}

/// How far a holdings import has come, for whoever shows it while it runs: rows checked
/// (of about `rows`, the file's lines until the check is done), then holdings stored (of
/// `to_store`, the rows that add or change one).
#[derive(Debug, Default)]
pub struct Progress {
    pub rows: AtomicUsize,
    pub checked: AtomicUsize,
    pub to_store: AtomicUsize,
    pub stored: AtomicUsize,
}

impl Progress {
    /// A progress for a file of these bytes: its lines but the header, until it is read.
    pub fn for_file(bytes: &[u8]) -> Progress {
        let lines = bytes.iter().filter(|b| **b == b'\n').count() + usize::from(!bytes.ends_with(b"\n"));
        let p = Progress::default();
        p.rows.store(lines.saturating_sub(1), Ordering::Relaxed);
        p
    }

    fn checked(&self, n: usize) {
        self.checked.store(n, Ordering::Relaxed);
    }
}

/// Reads and checks a whole holdings file. CSV is checked as it is read, so the file's rows
/// are never held as text beside the checked rows.
pub fn parse_holdings_file(bytes: &[u8], filename: &str, lookup: &HoldingsLookup) -> Result<Vec<HoldingRow>, Vec<ImportError>> {
    parse_holdings_file_counting(bytes, filename, lookup, &Progress::default())
}

/// As [`parse_holdings_file`], counting the rows checked in `progress` as it goes.
pub fn parse_holdings_file_counting(
    bytes: &[u8],
    filename: &str,
    lookup: &HoldingsLookup,
    progress: &Progress,
) -> Result<Vec<HoldingRow>, Vec<ImportError>> {
    let out = parse_holdings_file_inner(bytes, filename, lookup, progress);
    if let Ok(rows) = &out {
        progress.rows.store(rows.len(), Ordering::Relaxed);
        progress.checked(rows.len());
    }
    out
}

fn parse_holdings_file_inner(
    bytes: &[u8],
    filename: &str,
    lookup: &HoldingsLookup,
    progress: &Progress,
) -> Result<Vec<HoldingRow>, Vec<ImportError>> {
    if is_spreadsheet(bytes, filename) {
        let table = read_table_max(bytes, filename, MAX_HOLDING_ROWS)?;
        return parse_holdings(&table, lookup);
    }
    let mut checker: Option<Checker> = None;
    let mut refused = None;
    let misfits = stream_csv(bytes, MAX_HOLDING_ROWS, |line, fields| match &mut checker {
        None => {
            let header: Vec<String> = fields.iter().map(|h| h.trim().to_string()).collect();
            match Checker::new(&header, line, lookup, false) {
                Ok(c) => {
                    checker = Some(c);
                    true
                }
                Err(e) => {
                    refused = Some(e);
                    false
                }
            }
        }
        Some(c) => {
            // A relaxed store per row: a millisecond in a million rows.
            progress.checked(c.rows.len());
            c.row(line, fields)
        }
    })?;
    if let Some(e) = refused {
        return Err(e);
    }
    let checker = checker.ok_or_else(|| vec![ImportError::new(1, ImportErrorCode::EmptyFile)])?;
    checker.finish(misfits)
}

fn column_index(header: &[String], header_line: usize) -> Result<[Option<usize>; 6], Vec<ImportError>> {
    let mut index = [None; 6];
    let mut errors = vec![];
    for (i, h) in header.iter().enumerate() {
        let h = normalize(h);
        let Some(c) =
            HOLDING_COLUMNS.iter().position(|(name, _, aliases)| normalize(name) == h || aliases.iter().any(|a| normalize(a) == h))
        else {
            continue;
        };
        if index[c].is_some() {
            errors.push(ImportError::new(header_line, ImportErrorCode::DuplicateColumn).column(HOLDING_COLUMNS[c].0).value(&header[i]));
        } else {
            index[c] = Some(i);
        }
    }
    for (c, (name, required, _)) in HOLDING_COLUMNS.iter().enumerate() {
        if *required && index[c].is_none() {
            errors.push(ImportError::new(header_line, ImportErrorCode::MissingColumn).column(name));
        }
    }
    if errors.is_empty() { Ok(index) } else { Err(errors) }
}

/// Checks an already read table against the organisation's people and catalogue.
pub fn parse_holdings(table: &Table, lookup: &HoldingsLookup) -> Result<Vec<HoldingRow>, Vec<ImportError>> {
    let mut checker = Checker::new(&table.header, table.header_line, lookup, table.from_spreadsheet)?;
    for (line, fields) in &table.rows {
        let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
        if !checker.row(*line, &fields) {
            break;
        }
    }
    checker.finish(vec![])
}

/// Checks rows one at a time, keeping the checked rows and the errors.
struct Checker<'a> {
    lookup: &'a HoldingsLookup,
    index: [Option<usize>; 6],
    by_name: HashMap<String, usize>,
    from_spreadsheet: bool,
    errors: Vec<ImportError>,
    rows: Vec<HoldingRow>,
    seen: HashMap<(i64, i64), usize>,
}

impl<'a> Checker<'a> {
    fn new(header: &[String], header_line: usize, lookup: &'a HoldingsLookup, from_spreadsheet: bool) -> Result<Self, Vec<ImportError>> {
        let index = column_index(header, header_line)?;
        let mut by_name: HashMap<String, usize> = HashMap::new();
        for (i, c) in lookup.catalogue.iter().enumerate() {
            by_name.entry(c.key.to_lowercase()).or_insert(i);
            for n in &c.names {
                by_name.entry(fold(n)).or_insert(i);
            }
        }
        Ok(Checker { lookup, index, by_name, from_spreadsheet, errors: vec![], rows: vec![], seen: HashMap::new() })
    }

    fn finish(mut self, misfits: Vec<ImportError>) -> Result<Vec<HoldingRow>, Vec<ImportError>> {
        self.errors.extend(misfits);
        if self.errors.is_empty() { Ok(self.rows) } else { Err(error::finish(self.errors)) }
    }

    /// Checks one row; false once there are errors enough to stop.
    fn row(&mut self, line: usize, fields: &[&str]) -> bool {
        let (index, lookup, errors) = (self.index, self.lookup, &mut self.errors);
        let raw = |c: usize| index[c].and_then(|i| fields.get(i)).map_or("", |s| s.trim());
        let fail = |errors: &mut Vec<ImportError>, c: usize, code: ImportErrorCode| {
            errors.push(ImportError::new(line, code).column(HOLDING_COLUMNS[c].0).value(raw(c)));
        };
        let before = errors.len();
        let person = match raw(0) {
            "" => {
                fail(errors, 0, ImportErrorCode::Cell(ParseError::Required));
                None
            }
            n => lookup.people.get(n).copied().or_else(|| {
                fail(errors, 0, ImportErrorCode::UnknownPerson);
                None
            }),
        };
        let by_name = &self.by_name;
        let competence = match raw(1) {
            "" => {
                fail(errors, 1, ImportErrorCode::Cell(ParseError::Required));
                None
            }
            s => by_name.get(&s.to_lowercase()).or_else(|| by_name.get(&fold(s))).map(|i| &lookup.catalogue[*i]).or_else(|| {
                fail(errors, 1, ImportErrorCode::UnknownCompetence);
                None
            }),
        };
        let level = match raw(2) {
            "" => Some(competence.map_or(1, |c| c.max_level)),
            s => match (s.parse::<i64>(), competence) {
                (Ok(l), Some(c)) if (1..=c.max_level).contains(&l) => Some(l),
                (Ok(_), None) => None,
                (Ok(_), Some(c)) => {
                    errors.push(
                        ImportError::new(line, ImportErrorCode::BadLevel)
                            .column(HOLDING_COLUMNS[2].0)
                            .value(format!("{s} (1–{})", c.max_level)),
                    );
                    None
                }
                (Err(_), _) => {
                    fail(errors, 2, ImportErrorCode::Cell(ParseError::BadNumber));
                    None
                }
            },
        };
        let from_spreadsheet = self.from_spreadsheet;
        let date = |s: &str| -> Result<NaiveDate, ImportErrorCode> {
            match parse::date(s) {
                Err(ParseError::BadDate) if from_spreadsheet => {
                    s.parse::<f64>().ok().and_then(excel_serial_date).ok_or(ImportErrorCode::Cell(ParseError::BadDate))
                }
                other => other.map_err(ImportErrorCode::Cell),
            }
        };
        let mut optional_date = |c: usize| -> Option<Option<NaiveDate>> {
            match raw(c) {
                "" => Some(None),
                s => match date(s) {
                    Ok(d) => Some(Some(d)),
                    Err(code) => {
                        fail(errors, c, code);
                        None
                    }
                },
            }
        };
        let obtained = optional_date(3);
        let expires = optional_date(4);
        let evidence = match parse::optional_text(raw(5), MAX_EVIDENCE) {
            Ok(e) => Some(e),
            Err(e) => {
                fail(errors, 5, ImportErrorCode::Cell(e));
                None
            }
        };
        if errors.len() > before {
            return errors.len() < MAX_ERRORS;
        }
        let (Some(person), Some(c), Some(level), Some(obtained), Some(expires), Some(evidence)) =
            (person, competence, level, obtained, expires, evidence)
        else {
            return true;
        };
        // Without an expiry date, one follows from the validity period.
        let expires = expires
            .or_else(|| c.validity_months.zip(obtained).and_then(|(m, o)| o.checked_add_months(Months::new(u32::try_from(m).ok()?))));
        if let (Some(o), Some(e)) = (obtained, expires)
            && e < o
        {
            errors.push(ImportError::new(line, ImportErrorCode::ExpiresBeforeObtained).column(HOLDING_COLUMNS[4].0).value(raw(4)));
            return true;
        }
        if let Some(first) = self.seen.insert((person, c.id), line) {
            self.seen.insert((person, c.id), first);
            errors.push(ImportError::new(line, ImportErrorCode::DuplicateHolding).column(HOLDING_COLUMNS[1].0).value(first.to_string()));
            return true;
        }
        self.rows.push(HoldingRow { line, person, competence: c.id, level, obtained_on: obtained, expires_on: expires, evidence });
        true
    }
}

/// Lower case with runs of spaces as one, for matching names as people type them.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup() -> HoldingsLookup {
        let entry = |id: i64, key: &str, nb: &str, max_level: i64, validity_months: Option<i64>| CatalogueEntry {
            id,
            key: key.into(),
            names: [nb.into(), nb.into(), nb.into()],
            max_level,
            validity_months,
        };
        HoldingsLookup {
            people: [("100001".to_string(), 1), ("100002".to_string(), 2)].into(),
            catalogue: vec![
                entry(10, "forstehjelp", "Førstehjelp", 1, Some(24)),
                entry(11, "dokumentasjon", "Dokumentasjon i journal", 4, None),
            ],
        }
    }

    fn parse(csv: &str) -> Result<Vec<HoldingRow>, Vec<ImportError>> {
        parse_holdings_file(csv.as_bytes(), "h.csv", &lookup())
    }

    #[test]
    fn rows_by_key_or_name_with_validity() {
        let rows = parse("Ansattnr;Kompetanse;Nivå;Oppnådd\n100001;forstehjelp;;01.02.2026\n100002;dokumentasjon  i JOURNAL;3;\n").unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].person, rows[0].competence, rows[0].level), (1, 10, 1));
        assert_eq!(rows[0].expires_on, NaiveDate::from_ymd_opt(2028, 2, 1), "two years of validity");
        assert_eq!((rows[1].competence, rows[1].level, rows[1].line), (11, 3, 3));
    }

    #[test]
    fn every_bad_row_is_named() {
        let errors = parse(
            "Ansattnummer;Kompetanse;Nivå;Oppnådd;Utløper\n\
             999999;forstehjelp;;;\n\
             100001;ukjent;;;\n\
             100001;dokumentasjon;7;;\n\
             100002;forstehjelp;;01.02.2026;01.01.2026\n\
             100001;dokumentasjon;2;31.02.2026;\n\
             100002;dokumentasjon;2;;\n\
             100002;Dokumentasjon i journal;3;;\n",
        )
        .unwrap_err();
        let got: Vec<(usize, &str, &str)> = errors.iter().map(|e| (e.line, e.column.as_deref().unwrap_or(""), e.code.code())).collect();
        assert_eq!(
            got,
            [
                (2, "Ansattnummer", "unknown-person"),
                (3, "Kompetanse", "unknown-competence"),
                (4, "Nivå", "bad-level"),
                (5, "Utløper", "expires-before-obtained"),
                (6, "Oppnådd", "bad-date"),
                (8, "Kompetanse", "duplicate-holding"),
            ]
        );
        assert_eq!(errors[5].value.as_deref(), Some("7"), "the duplicate names the first line");
    }

    #[test]
    fn missing_columns() {
        let errors = parse("Ansattnummer;Nivå\n100001;1\n").unwrap_err();
        assert_eq!(errors[0].code, ImportErrorCode::MissingColumn);
        assert_eq!(errors[0].column.as_deref(), Some("Kompetanse"));
    }

    #[test]
    fn template_parses() {
        let mut l = lookup();
        l.catalogue.push(CatalogueEntry {
            id: 12,
            key: "legemiddelhandtering".into(),
            names: Default::default(),
            max_level: 1,
            validity_months: None,
        });
        l.catalogue.push(CatalogueEntry {
            id: 13,
            key: "fagbrev-helsearbeiderfaget".into(),
            names: Default::default(),
            max_level: 1,
            validity_months: None,
        });
        assert_eq!(parse_holdings_file(HOLDINGS_TEMPLATE_CSV.as_bytes(), "t.csv", &l).unwrap().len(), 2);
    }

    #[test]
    fn progress_counts_the_rows_of_a_file_and_those_checked() {
        let file = "Ansattnummer;Kompetanse\n100001;forstehjelp\n100002;forstehjelp";
        let p = Progress::for_file(file.as_bytes());
        assert_eq!(p.rows.load(Ordering::Relaxed), 2, "the lines but the header, the last without a newline too");
        assert_eq!(Progress::for_file(b"Ansattnummer\n1\n2\n").rows.load(Ordering::Relaxed), 2);
        let rows = parse_holdings_file_counting(file.as_bytes(), "h.csv", &lookup(), &p).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!((p.rows.load(Ordering::Relaxed), p.checked.load(Ordering::Relaxed)), (2, 2));
    }

    #[test]
    fn a_number_in_a_date_column_of_a_csv_file_is_not_a_date() {
        let errors = parse("Ansattnummer;Kompetanse;Oppnådd\n100001;forstehjelp;46054\n").unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].line, &errors[0].code), (2, &ImportErrorCode::Cell(ParseError::BadDate)));
    }
}
