//! Reading and checking CSV files as HR systems export them.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

mod common;

use common::*;
use saman_domain::UnitKind;
use saman_domain::parse::ParseError;
use saman_import::*;

const SECTOR: &str = "10001;Ingrid;Berg;ingrid.berg@kommune.no;1971;HO;Helse og omsorg;;sektor;Kommunalsjef;;100;01.08.2015;;ja;";
const LEADER: &str = "10234;Ola;Haugen;;1979;HO-SOL;Solbakken sykehjem;HO;;Enhetsleder;;100;2019-03-01;;ja;";
const NURSE: &str =
    "10467;Aisha;Rahman;aisha@kommune.no;;HO-SOL;Solbakken sykehjem;HO;;Sykepleier;7174;80,5;15.01.2022;31.12.2026;nei;S-2002";

#[test]
fn semicolon_csv_with_bom() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(csv(&[SECTOR, LEADER, NURSE]));
    let rows = parse_org_file(&bytes, "eksport.CSV", THIS_YEAR).expect("accepted");
    assert_eq!(rows.len(), 3);
    let [sector, leader, nurse] = &rows[..] else { panic!() };
    assert_eq!((sector.line, leader.line, nurse.line), (2, 3, 4));
    assert_eq!(sector.employee_number, "10001");
    assert_eq!(sector.unit_kind, UnitKind::Sector);
    assert_eq!(sector.start_date, ymd(2015, 8, 1));
    assert_eq!(sector.birth_year, Some(1971));
    assert!(sector.is_leader);
    assert_eq!(sector.position_key, "10001/HO");
    assert_eq!(leader.start_date, ymd(2019, 3, 1)); // ISO
    assert_eq!(leader.email, None);
    assert_eq!(leader.unit_kind, UnitKind::Unit); // empty kind
    assert_eq!(leader.parent_unit_code.as_deref(), Some("HO"));
    assert_eq!(nurse.percent.hundredths(), 8050);
    assert_eq!(nurse.end_date, Some(ymd(2026, 12, 31)));
    assert_eq!(nurse.position_code.as_deref(), Some("7174"));
    assert_eq!(nurse.position_key, "S-2002");
    assert!(!nurse.is_leader);
}

#[test]
fn comma_csv_with_english_headers_and_quotes() {
    let text = "employee_number,first_name,Last Name,Email,birth_date,unit_code,unit_name,parent,unit_kind,title,percent,start_date,end_date,is_leader,Notes\n\
                7,Kari,Nordmann,KARI@Kommune.no,1980-05-17,A1,\"Helse, omsorg og velferd\",,department,Rådgiver,100 %,2024-01-01,,yes,\"anything, really\"\n";
    let rows = parse_org_file(text.as_bytes(), "export.csv", THIS_YEAR).expect("accepted");
    assert_eq!(rows[0].unit_name, "Helse, omsorg og velferd");
    assert_eq!(rows[0].email.as_deref(), Some("kari@kommune.no"));
    assert_eq!(rows[0].birth_year, Some(1980));
    assert_eq!(rows[0].unit_kind, UnitKind::Department);
    assert_eq!(rows[0].percent.hundredths(), 10_000);
    assert!(rows[0].is_leader);
}

#[test]
fn windows_1252_is_decoded() {
    let text = csv(&["5;Åse;Bjørkæs;;;TØ;Tønsberg østre;;;Førskolelærer;;100;01.01.2020;;;"]);
    let text = String::from_utf8(text).expect("utf8");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err(), "really not UTF-8");
    let rows = parse_org_file(&bytes, "ansatte.csv", THIS_YEAR).expect("accepted");
    assert_eq!(rows[0].given_name, "Åse");
    assert_eq!(rows[0].family_name, "Bjørkæs");
    assert_eq!(rows[0].unit_code, "TØ");
    assert_eq!(rows[0].title, "Førskolelærer");
}

#[test]
fn tab_separated_with_blank_lines_keeps_line_numbers() {
    let text = "Ansattnr\tFornavn\tEtternavn\tEnhetskode\tEnhet\tStilling\tProsent\tStartdato\n\n\
                1\tA\tB\tU1\tEnhet 1\tKokk\t50\t01.01.2020\n\n\n\
                2\tC\tD\tU1\tEnhet 1\tKokk\t50\t01.01.2020\n";
    let rows = parse_org_file(text.as_bytes(), "x.txt", THIS_YEAR).expect("accepted");
    let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [3, 6]);
}

#[test]
fn broken_cells_name_line_column_and_value() {
    let bytes = csv(&[
        SECTOR,
        LEADER,
        "10467;Aisha;Rahman;;;HO-SOL;Solbakken sykehjem;HO;;Sykepleier;;80;31.02.2026;;nei;",
        "10468;Per;;per@kommune;1850;HO-SOL;Solbakken sykehjem;HO;kontor;Assistent;;120;1.1.2020;;kanskje;",
    ]);
    let errors = errors(&bytes, "org.csv");
    assert_eq!(
        summary(&errors),
        [
            (4, "Startdato".into(), "bad-date"),
            (5, "Etternavn".into(), "required"),
            (5, "E-post".into(), "bad-email"),
            (5, "Fødselsår".into(), "bad-year"),
            (5, "Enhetstype".into(), "bad-choice"),
            (5, "Stillingsprosent".into(), "bad-percent"),
            (5, "Leder".into(), "bad-flag"),
        ]
    );
    assert_eq!(errors[0].code, ImportErrorCode::Cell(ParseError::BadDate));
    assert_eq!(errors[0].code.key(), "err-bad-date");
    assert_eq!(errors[0].value.as_deref(), Some("31.02.2026"));
    assert_eq!(errors[6].value.as_deref(), Some("kanskje"));
    assert_eq!(errors[6].code.key(), "import-err-bad-flag");
}

#[test]
fn cross_row_errors() {
    let bytes = csv(&[
        SECTOR,                                                                                       // 2
        LEADER,                                                                                       // 3
        "10234;Ola;Haugen;;1979;HO-SOL;Solbakken sykehjem;HO;;Enhetsleder;;20;2019-03-01;;ja;",       // 4 duplicate key 10234/HO-SOL
        "10500;Eva;Lie;;;HO-SOL;Solbakken bo- og omsorgssenter;HO;;Sykepleier;;100;01.01.2020;;nei;", // 5 unit name differs
        "10501;Eva;Li;;;HO;Helse og omsorg;;sektor;Rådgiver;;100;01.01.2020;;nei;",                   // 6 person fine
        "10501;Eva;Lie;;;HO-SOL;Solbakken sykehjem;HO;;Rådgiver;;100;01.01.2020;;nei;",               // 7 person differs
        "10502;Tor;Ek;;;HO-SOL;Solbakken sykehjem;HO;;Fagleder;;100;01.01.2020;;ja;",                 // 8 second leader
        "10503;Siv;Ås;;;HO-SOL;Solbakken sykehjem;HO;;Kokk;;100;01.06.2020;31.05.2020;;",             // 9 end before start
        "10504;Liv;Ny;;;HO-SOL;Solbakken sykehjem;HO;;Kokk;;100;01.06.2020;;;P-1",                    // 10
        "10505;Kim;Ny;;;HO-SOL;Solbakken sykehjem;HO;;Kokk;;100;01.06.2020;;;P-1",                    // 11 duplicate Stillingsnummer
    ]);
    let errors = errors(&bytes, "org.csv");
    assert_eq!(
        summary(&errors),
        [
            (4, "Ansattnummer".into(), "duplicate-position"),
            (5, "Enhet".into(), "unit-conflict"),
            (7, "Etternavn".into(), "person-conflict"),
            (8, "Leder".into(), "two-leaders"),
            (9, "Sluttdato".into(), "end-before-start"),
            (11, "Stillingsnummer".into(), "duplicate-position"),
        ]
    );
    let values: Vec<_> = errors.iter().map(|e| e.value.as_deref().unwrap_or("")).collect();
    assert_eq!(values, ["3", "3", "6", "3", "31.05.2020", "10"]);
}

#[test]
fn unit_cycle_within_the_file() {
    let bytes = csv(&[
        "1;A;A;;;X;Enhet X;Y;;Kokk;;100;01.01.2020;;;",
        "2;B;B;;;Y;Enhet Y;X;;Kokk;;100;01.01.2020;;;",
        "3;C;C;;;Z;Enhet Z;Z;;Kokk;;100;01.01.2020;;;",
    ]);
    let errors = errors(&bytes, "org.csv");
    assert_eq!(
        summary(&errors),
        [
            (2, "Overordnet enhetskode".into(), "unit-cycle"),
            (3, "Overordnet enhetskode".into(), "unit-cycle"),
            (4, "Overordnet enhetskode".into(), "unit-cycle"),
        ]
    );
}

#[test]
fn missing_and_duplicate_columns() {
    let text = "Ansattnummer;Fornavn;Etternavn;Enhetskode;Enhet;Stillingstittel;Startdato\n1;A;B;U;Enhet;Kokk;01.01.2020\n";
    let missing = errors(text.as_bytes(), "org.csv");
    assert_eq!(summary(&missing), [(1, "Stillingsprosent".into(), "missing-column")]);
    assert_eq!(missing[0].code.key(), "import-err-missing-column");

    let text = "Ansattnummer;Fornavn;Etternavn;Enhetskode;Enhet;Stillingstittel;Stillingsprosent;Startdato;Prosent\n1;A;B;U;E;K;100;01.01.2020;100\n";
    assert_eq!(summary(&errors(text.as_bytes(), "org.csv")), [(1, "Stillingsprosent".into(), "duplicate-column")]);
}

#[test]
fn wrong_field_count() {
    let mut bytes = csv(&[SECTOR, "10234;Ola;Haugen;;1979;HO-SOL;Solbakken sykehjem;HO;;Enhetsleder"]);
    bytes.extend(format!("{SECTOR};;\n").bytes()); // trailing empty fields are tolerated…
    bytes.extend(format!("{NURSE};extra\n").bytes()); // …but not extra values
    let errors = errors(&bytes, "org.csv");
    assert_eq!(summary(&errors), [(3, "".into(), "wrong-field-count"), (5, "".into(), "wrong-field-count")]);
    assert_eq!(errors[0].value.as_deref(), Some("10"));
}

#[test]
fn empty_files() {
    assert_eq!(summary(&errors(b"", "org.csv")), [(1, "".into(), "empty-file")]);
    assert_eq!(summary(&errors(HEADER.as_bytes(), "org.csv")), [(1, "".into(), "empty-file")]);
    assert_eq!(summary(&errors(b"\xEF\xBB\xBF\n\n", "org.csv")), [(1, "".into(), "empty-file")]);
}

#[test]
fn binary_garbage_is_bad_encoding() {
    assert_eq!(summary(&errors(b"\x00\x01\x02\xff\xfe", "org.csv")), [(1, "".into(), "bad-encoding")]);
}

#[test]
fn errors_are_capped() {
    let bad = "1;A;B;;;U;E;;;Kokk;;100;not a date;;;";
    let lines: Vec<String> = (0..300).map(|i| bad.replacen('1', &i.to_string(), 1)).collect();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let errors = errors(&csv(&refs), "org.csv");
    assert_eq!(errors.len(), MAX_ERRORS);
    assert_eq!(errors[0].line, 2);
}

#[test]
fn template_imports_cleanly() {
    let rows = parse_org_file(TEMPLATE_CSV.as_bytes(), "mal.csv", THIS_YEAR).expect("template accepted");
    assert_eq!(rows.len(), 3);
    let plan = plan(&rows, &Existing::default(), ymd(2026, 3, 1)).expect("planned");
    let c = plan.counts();
    assert_eq!((c.units.created, c.people.created, c.positions.created, c.leaders_changed), (2, 2, 3, 1));
    assert_eq!(columns().len(), 17);
    assert_eq!(columns().iter().filter(|c| c.required).count(), 8);
}

#[test]
fn an_hr_export_with_nearest_leaders_imports_as_it_is_and_names_the_rows_that_disagree() {
    let file = "Ressursnr;Fornavn;Etternavn;Fødselsdato;Org.enhet;Enhetsnavn;Overordnet enhet;Stillingsbetegnelse;Stillingsprosent;Tiltredelsesdato;Nærmeste leder\n\
                900;Siri;Sjef;01.02.1970;HO;Helse og omsorg;;Kommunalsjef;100;01.01.2015;\n\
                901;Ola;Haugen;12.05.1979;SOL;Solbakken sykehjem;HO;Enhetsleder;100;01.03.2019;900\n\
                902;Kari;Lie;03.03.1990;SOL;Solbakken sykehjem;HO;Sykepleier;80;15.01.2022;901\n\
                903;Per;Berg;04.04.1985;SOL;Solbakken sykehjem;HO;Helsefagarbeider;100;01.06.2020;901\n\
                904;Anne;Dahl;05.05.1995;SOL;Solbakken sykehjem;HO;Sykepleier;60;01.09.2023;900\n";
    let rows = parse_org_file(file.as_bytes(), "visma.csv", THIS_YEAR).expect("the export is read with no editing");
    assert_eq!(rows[1].birth_year, Some(1979));
    let plan = plan(&rows, &Existing::default(), ymd(2026, 3, 1)).expect("planned");
    // Solbakken's leader is Ola, named by two of its rows; his own row names his superior and
    // does not count. No row of Helse og omsorg names a leader, so it gets none.
    assert_eq!(plan.counts().leaders_changed, 1);
    assert_eq!(plan.leader_changes[0].person, saman_import::PersonRef::New(1));
    let warned: Vec<(usize, &str)> = plan.leader_warnings.iter().map(|w| (w.line, w.named.as_str())).collect();
    assert_eq!(warned, vec![(6, "900")], "Anne's row names someone other than Solbakken's leader");
}

#[test]
fn the_import_guide_lists_every_header_saman_recognises() {
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/import.md")).expect("docs/import.md");
    for c in columns() {
        assert!(guide.contains(&format!("| {} |", c.name)), "docs/import.md lacks the column {}", c.name);
        for a in c.aliases {
            assert!(guide.contains(&format!("`{a}`")), "docs/import.md lacks the header {a} of {}", c.name);
        }
    }
}
