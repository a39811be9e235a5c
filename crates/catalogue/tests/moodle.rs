#![allow(clippy::unwrap_used, clippy::type_complexity)]
use std::collections::BTreeMap;

use saman_catalogue::moodle::{self, HEADERS, keys};
use saman_catalogue::{Catalogue, Kind, default_catalogue};
use saman_domain::Lang;

fn records(csv: &str) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes()).records().map(|r| r.unwrap()).collect()
}

fn export_default(lang: Lang) -> String {
    moodle::export(&default_catalogue(), lang, "saman-standard", "Saman standardkatalog")
}

#[test]
fn export_has_the_14_headers_and_one_framework_row() {
    let out = export_default(Lang::Nb);
    let rows = records(&out);
    let header: Vec<&str> = rows[0].iter().collect();
    assert_eq!(header, HEADERS.to_vec());
    assert_eq!(HEADERS.len(), 14);
    assert_eq!(HEADERS[0], "Parent ID number");
    assert_eq!(HEADERS[10], "Cross-referenced competency ID numbers");
    assert!(rows.iter().all(|r| r.len() == 14));
    let frameworks: Vec<_> = rows[1..].iter().filter(|r| &r[12] == "1").collect();
    assert_eq!(frameworks.len(), 1);
    let fw = &rows[1];
    assert_eq!(&fw[12], "1");
    assert_eq!(&fw[1], "saman-standard");
    assert_eq!(&fw[2], "Saman standardkatalog");
    assert_eq!(&fw[5], "Oppnådd");
    assert_eq!(&fw[6], r#"[{"scaleid":"1"},{"id":1,"scaledefault":1,"proficient":1}]"#);
    assert!(fw[13].starts_with("competency,competency,competency,competency"));
    let cat = default_catalogue();
    assert_eq!(rows.len(), 2 + cat.categories.len() + cat.competences.len());
}

#[test]
fn export_rows_carry_parents_and_overriding_scales() {
    let rows = records(&export_default(Lang::Nn));
    let by_id: BTreeMap<String, &csv::StringRecord> = rows[2..].iter().map(|r| (r[1].to_string(), r)).collect();
    let eldre = by_id["eldreomsorg"];
    assert_eq!(&eldre[0], "helse-omsorg");
    let hf = by_id["fagbrev-helsearbeiderfaget"];
    assert_eq!(&hf[0], "helse-omsorg");
    assert_eq!(&hf[2], "Fagbrev i helsearbeidarfaget");
    assert_eq!(&hf[5], "", "framework scale is inherited");
    let skill = by_id["pasientsikkerhet"];
    assert_eq!(&skill[5], "Grunnleggjande,Sjølvstendig,Avansert,Ekspert");
    assert_eq!(
        &skill[6],
        r#"[{"scaleid":"2"},{"id":1,"scaledefault":1,"proficient":0},{"id":2,"scaledefault":0,"proficient":1},{"id":3,"scaledefault":0,"proficient":1},{"id":4,"scaledefault":0,"proficient":1}]"#
    );
    let med = by_id["legemiddelhandtering"];
    assert!(med[3].starts_with("<p>Opplæring etter forskrift om legemiddelhandtering"));
    assert_eq!(&med[4], "1");
}

fn shape(cat: &Catalogue) -> (BTreeMap<String, Option<String>>, BTreeMap<String, (String, String, Kind)>) {
    let cats = cat.categories.iter().map(|c| (c.key.clone(), c.parent.clone())).collect();
    let comps = cat.competences.iter().map(|c| (c.key.clone(), (c.category.clone(), c.scale.clone(), c.kind))).collect();
    (cats, comps)
}

#[test]
fn import_of_export_round_trips_keys_hierarchy_and_scale() {
    let original = default_catalogue();
    for lang in Lang::ALL {
        let csv = export_default(lang);
        let imported = moodle::import(csv.as_bytes(), lang).unwrap();
        assert_eq!(shape(&imported), shape(&original), "{lang:?}");
        assert_eq!(imported.validate(), Ok(()));
        let mut a = imported.clone();
        let mut b = original.clone();
        for c in [&mut a, &mut b] {
            c.scales.sort_by(|x, y| x.key.cmp(&y.key));
            c.categories.sort_by(|x, y| x.key.cmp(&y.key));
            c.competences.sort_by(|x, y| x.key.cmp(&y.key));
        }
        assert_eq!(a, b, "full round trip in {lang:?}");
    }
}

#[test]
fn import_takes_imported_name_for_lang_and_keeps_our_translations() {
    let csv = export_default(Lang::Nb).replace("Legemiddelhåndtering,", "Legemiddelhåndtering (KS Læring),");
    let bom = [b"\xEF\xBB\xBF".as_slice(), csv.as_bytes()].concat();
    let cat = moodle::import(&bom, Lang::Nb).unwrap();
    let c = cat.competence("legemiddelhandtering").unwrap();
    assert_eq!(c.name.nb, "Legemiddelhåndtering (KS Læring)");
    assert_eq!(c.name.nn, "Legemiddelhandtering");
    assert_eq!(c.validity_months, Some(24));
    assert_eq!(c.kind, Kind::Course);
}

const HEAD: &str = "Parent ID number,ID number,Short name,Description,Description format,Scale values,Scale configuration,Rule type (optional),Rule outcome (optional),Rule config (optional),Cross-referenced competency ID numbers,Exported ID (optional),Is framework,Taxonomy\n";
const FW: &str = ",FW-1,Min ramme,,1,\"Not yet competent,Competent\",\"[{\"\"scaleid\"\":\"\"2\"\"},{\"\"id\"\":1,\"\"scaledefault\"\":1,\"\"proficient\"\":0},{\"\"id\"\":2,\"\"scaledefault\"\":0,\"\"proficient\"\":1}]\",,,,,,1,\"competency,competency,competency,competency\"\n";

fn row(parent: &str, id: &str, name: &str) -> String {
    format!("{parent},{id},{name},,1,,,,0,null,,,,\n")
}

#[test]
fn import_foreign_framework() {
    let csv = format!(
        "{HEAD}{FW}{}{}{}{}",
        row("", "Core", "Kjerne"),
        row("Core", "DR-AT1", "Analytisk tenking"),
        row("", "Loose", "Laus"),
        ",Other,Annan,\"<p>Fri &amp; tekst</p>\",1,\"Låg,Middels,Høg\",,,0,null,,,,\n",
    );
    let cat = moodle::import(csv.as_bytes(), Lang::Nn).unwrap();
    assert_eq!(cat.validate(), Ok(()));
    assert_eq!(cat.category("core").unwrap().name.nb, "Kjerne");
    let leaf = cat.competence("dr-at1").unwrap();
    assert_eq!((leaf.category.as_str(), leaf.kind), ("core", Kind::Skill));
    assert_eq!(leaf.name.en, "Analytisk tenking");
    let fw_scale = cat.scale(&leaf.scale).unwrap();
    assert_eq!(fw_scale.levels.len(), 2);
    assert_eq!(fw_scale.levels[1].name.nb, "Competent");
    assert_eq!(cat.competence("loose").unwrap().category, "fw-1");
    assert_eq!(cat.category("fw-1").unwrap().name.nn, "Min ramme");
    let other = cat.competence("other").unwrap();
    assert_eq!(other.description.as_ref().unwrap().nb, "Fri & tekst");
    assert_eq!(cat.scale(&other.scale).unwrap().levels.len(), 3);
}

fn errors(csv: &str) -> Vec<(usize, &'static str)> {
    moodle::import(csv.as_bytes(), Lang::Nb).unwrap_err().into_iter().map(|e| (e.line, e.message_key)).collect()
}

#[test]
fn missing_column_is_reported_on_line_1() {
    let head = HEAD.replace("Short name,", "Shortish,");
    let err = moodle::import(format!("{head}{FW}").as_bytes(), Lang::Nb).unwrap_err();
    assert_eq!(err.len(), 1);
    assert_eq!((err[0].line, err[0].message_key), (1, keys::MISSING_COLUMN));
    assert_eq!(err[0].column.as_deref(), Some("Short name"));
}

#[test]
fn wrong_field_count_names_its_line() {
    let csv = format!("{HEAD}{FW}{}a,b,c\n", row("", "a1", "A"));
    assert_eq!(errors(&csv), vec![(4, keys::FIELD_COUNT)]);
}

#[test]
fn unknown_parent_names_its_line() {
    let csv = format!("{HEAD}{FW}{}{}", row("", "a1", "A"), row("nope", "b1", "B"));
    let err = moodle::import(csv.as_bytes(), Lang::Nb).unwrap_err();
    assert_eq!((err[0].line, err[0].message_key), (4, keys::UNKNOWN_PARENT));
    assert_eq!(err[0].value.as_deref(), Some("nope"));
}

#[test]
fn duplicate_id_number_names_its_line() {
    let csv = format!("{HEAD}{FW}{}{}{}", row("", "a1", "A"), row("", "b1", "B"), row("", "a1", "C"));
    assert_eq!(errors(&csv), vec![(5, keys::DUPLICATE_ID_NUMBER)]);
}

#[test]
fn empty_short_name_names_its_line() {
    let csv = format!("{HEAD}{FW}{}{}", row("", "a1", "A"), row("", "b1", ""));
    assert_eq!(errors(&csv), vec![(4, keys::EMPTY_SHORT_NAME)]);
}

#[test]
fn line_numbers_count_multiline_fields() {
    let csv = format!("{HEAD}{FW},a1,A,\"<p>one\ntwo</p>\",1,,,,0,null,,,,\n{}", row("x", "b1", "B"));
    assert_eq!(errors(&csv), vec![(5, keys::UNKNOWN_PARENT)]);
}

#[test]
fn other_structural_errors() {
    assert_eq!(errors(&format!("{HEAD}{}", row("", "a1", "A"))), vec![(2, keys::NO_FRAMEWORK)]);
    assert_eq!(errors(""), vec![(1, keys::EMPTY_FILE)]);
    let cycle = format!("{HEAD}{FW}{}{}", row("b1", "a1", "A"), row("a1", "b1", "B"));
    assert_eq!(errors(&cycle), vec![(3, keys::PARENT_CYCLE), (4, keys::PARENT_CYCLE)]);
    let bad = [HEAD.as_bytes(), FW.as_bytes(), b",a1,\xFF,,1,,,,0,null,,,,\n"].concat();
    let err = moodle::import(&bad, Lang::Nb).unwrap_err();
    assert_eq!((err[0].line, err[0].message_key), (3, keys::ENCODING));
}

#[test]
fn translated_headers_fall_back_to_moodle_column_order() {
    let head = "Overordna ID-nummer,ID-nummer,Kortnamn,Skildring,Format,Skala,Skalaoppsett,Regeltype,Regelutfall,Regeloppsett,Kryssreferansar,Eksport-ID,Er rammeverk,Taksonomi\n";
    let csv = format!("{head}{FW}{}", row("", "a1", "A"));
    let cat = moodle::import(csv.as_bytes(), Lang::Nb).unwrap();
    assert!(cat.competence("a1").is_some());
}

#[test]
fn older_moodle_header_spelling_is_accepted() {
    let head = "\"Parent id number\",\"Id number\",Shortname,Description,\"Description format\",\"Scale values\",\"Scale configuration\",\"Rule type (optional)\",\"Rule outcome (optional)\",\"Rule config (optional)\",\"Cross referenced competency id numbers\",\"Exported id (optional)\",\"Is framework\",Taxonomy\n";
    let csv = format!("{head}{FW}{}{}", row("", "levels", "Levels"), row("levels", "level-1", "Level 1"));
    let cat = moodle::import(csv.as_bytes(), Lang::En).unwrap();
    assert_eq!(cat.competence("level-1").unwrap().category, "levels");
}
