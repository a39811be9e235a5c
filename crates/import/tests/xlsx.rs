//! Spreadsheets built in memory with rust_xlsxwriter, read back through calamine.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

mod common;

use common::*;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use saman_import::*;

/// A cell as the HR system's export would write it.
enum Cell {
    Text(&'static str),
    Number(f64),
    Date(u16, u8, u8),
    Percent(f64),
    Empty,
}
use Cell::*;

fn xlsx(rows: &[(u32, Vec<Cell>)]) -> Vec<u8> {
    let mut wb = Workbook::new();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    let percent = Format::new().set_num_format("0%");
    let ws = wb.add_worksheet();
    for (r, cells) in rows {
        for (c, cell) in cells.iter().enumerate() {
            let c = c as u16;
            let written = match cell {
                Text(s) => ws.write_string(*r, c, *s).map(|_| ()),
                Number(n) => ws.write_number(*r, c, *n).map(|_| ()),
                Date(y, m, d) => {
                    ExcelDateTime::from_ymd(*y, *m, *d).and_then(|dt| ws.write_datetime_with_format(*r, c, &dt, &date).map(|_| ()))
                }
                Percent(p) => ws.write_number_with_format(*r, c, *p, &percent).map(|_| ()),
                Empty => Ok(()),
            };
            written.expect("cell written");
        }
    }
    wb.save_to_buffer().expect("xlsx built")
}

fn header() -> Vec<Cell> {
    HEADER.split(';').map(Text).collect()
}

fn sheet() -> Vec<(u32, Vec<Cell>)> {
    vec![
        (0, header()),
        (
            1,
            vec![
                Number(10001.0),
                Text("Ingrid"),
                Text("Berg"),
                Text("ingrid.berg@kommune.no"),
                Number(1971.0),
                Text("HO"),
                Text("Helse og omsorg"),
                Empty,
                Text("Sektor"),
                Text("Kommunalsjef"),
                Empty,
                Number(100.0),
                Date(2015, 8, 1),
                Empty,
                Text("Ja"),
                Empty,
            ],
        ),
        // Row 3 (index 2) is left empty; numbering must stay true to the sheet.
        (
            3,
            vec![
                Number(10467.0),
                Text("Aisha"),
                Text("Rahman"),
                Empty,
                Empty,
                Number(4010.0),
                Text("Solbakken sykehjem"),
                Text("HO"),
                Empty,
                Text("Sykepleier"),
                Number(7174.0),
                Percent(0.8),
                Text("2022-01-15"),
                Date(2026, 12, 31),
                Empty,
                Text("S-2002"),
            ],
        ),
        (
            4,
            vec![
                Number(10468.0),
                Text("Per"),
                Text("Lund"),
                Empty,
                Empty,
                Number(4010.0),
                Text("Solbakken sykehjem"),
                Text("HO"),
                Empty,
                Text("Helsefagarbeider"),
                Empty,
                Number(62.5),
                Text("01.02.2023"),
                Empty,
                Number(1.0),
                Empty,
            ],
        ),
    ]
}

#[test]
fn xlsx_happy_path() {
    let bytes = xlsx(&sheet());
    let rows = parse_org_file(&bytes, "Organisasjon.XLSX", THIS_YEAR).expect("accepted");
    let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 4, 5]);
    let [sector, nurse, assistant] = &rows[..] else { panic!() };
    assert_eq!(sector.employee_number, "10001"); // no ".0"
    assert_eq!(sector.birth_year, Some(1971));
    assert_eq!(sector.start_date, ymd(2015, 8, 1)); // a real date cell
    assert!(sector.is_leader);
    assert_eq!(nurse.unit_code, "4010");
    assert_eq!(nurse.position_code.as_deref(), Some("7174"));
    assert_eq!(nurse.percent.hundredths(), 8000); // a 0% formatted cell holding 0.8
    assert_eq!(nurse.start_date, ymd(2022, 1, 15)); // ISO text
    assert_eq!(nurse.end_date, Some(ymd(2026, 12, 31)));
    assert_eq!(assistant.percent.hundredths(), 6250);
    assert_eq!(assistant.start_date, ymd(2023, 2, 1)); // dd.mm.yyyy text
    assert!(assistant.is_leader); // 1 means yes
}

#[test]
fn xlsx_is_recognised_by_content_too() {
    let bytes = xlsx(&sheet());
    assert_eq!(parse_org_file(&bytes, "upload", THIS_YEAR).map(|r| r.len()), Ok(3));
}

#[test]
fn xlsx_bad_cell_names_the_sheet_row() {
    let mut sheet = sheet();
    sheet[2].1[12] = Text("31.02.2022");
    sheet[3].1[11] = Text("hel");
    let errors = errors(&xlsx(&sheet), "org.xlsx");
    assert_eq!(summary(&errors), [(4, "Startdato".into(), "bad-date"), (5, "Stillingsprosent".into(), "bad-percent")]);
    assert_eq!(errors[0].value.as_deref(), Some("31.02.2022"));
}

#[test]
fn xlsx_missing_column_and_header_only() {
    let mut sheet = sheet();
    sheet.truncate(1);
    assert_eq!(summary(&errors(&xlsx(&sheet), "org.xlsx")), [(1, "".into(), "empty-file")]);
    let bytes = xlsx(&[(0, vec![Text("Ansattnummer"), Text("Fornavn")]), (1, vec![Number(1.0), Text("A")])]);
    let missing: Vec<String> = errors(&bytes, "org.xlsx").into_iter().filter_map(|e| e.column).collect();
    assert_eq!(missing, ["Etternavn", "Enhetskode", "Enhet", "Stillingstittel", "Stillingsprosent", "Startdato"]);
}

#[test]
fn broken_xlsx() {
    assert_eq!(summary(&errors(b"PK\x03\x04 not really a zip", "org.xlsx")), [(1, "".into(), "bad-xlsx")]);
}

#[test]
fn a_holdings_spreadsheet_reads_every_row_with_dates_as_cells() {
    let bytes = xlsx(&[
        (0, vec![Text("Ansattnummer"), Text("Kompetanse"), Text("Oppnådd")]),
        (1, vec![Number(100001.0), Text("forstehjelp"), Date(2026, 2, 1)]),
        (2, vec![Number(100002.0), Text("Førstehjelp"), Number(46054.0)]),
    ]);
    let lookup = HoldingsLookup {
        people: [("100001".to_string(), 1), ("100002".to_string(), 2)].into(),
        catalogue: vec![CatalogueEntry {
            id: 10,
            key: "forstehjelp".into(),
            names: ["Førstehjelp".into(), "Førstehjelp".into(), "First aid".into()],
            max_level: 1,
            validity_months: None,
        }],
    };
    let rows = parse_holdings_file(&bytes, "kurs.xlsx", &lookup).unwrap();
    assert_eq!(rows.iter().map(|r| (r.line, r.person, r.competence)).collect::<Vec<_>>(), [(2, 1, 10), (3, 2, 10)]);
    assert_eq!(rows[0].obtained_on, chrono::NaiveDate::from_ymd_opt(2026, 2, 1));
    assert_eq!(rows[1].obtained_on, chrono::NaiveDate::from_ymd_opt(2026, 2, 1), "an Excel day number in a date column");
}
