#![allow(clippy::unwrap_used, clippy::type_complexity)]
use std::collections::HashSet;

use saman_catalogue::{Catalogue, Kind, Level, Text, default_catalogue, try_default_catalogue};
use saman_domain::Lang;

#[test]
fn default_catalogue_parses_and_validates() {
    let cat = try_default_catalogue().expect("embedded data parses and validates");
    assert_eq!(cat.validate(), Ok(()));
    assert_eq!(cat, default_catalogue());
}

#[test]
fn default_catalogue_has_the_242_competences_the_readme_names() {
    assert_eq!(default_catalogue().competences.len(), 242);
}

#[test]
fn every_kind_and_ladder_rung_is_present() {
    let cat = default_catalogue();
    for kind in Kind::ALL {
        assert!(cat.competences.iter().any(|c| c.kind == kind), "no {kind:?}");
    }
    for level in Level::ALL {
        assert!(cat.competences.iter().any(|c| c.ladder == Some(level)), "no rung {level:?}");
    }
}

#[test]
fn keys_are_unique_across_competences_and_categories() {
    let cat = default_catalogue();
    let mut seen = HashSet::new();
    for key in cat.competences.iter().map(|c| &c.key).chain(cat.categories.iter().map(|c| &c.key)) {
        assert!(seen.insert(key.clone()), "duplicate key {key}");
        assert!(saman_catalogue::is_slug(key), "not a slug: {key}");
    }
}

#[test]
fn every_name_has_three_languages_and_nynorsk_is_its_own() {
    let cat = default_catalogue();
    for c in &cat.competences {
        assert!(c.name.is_complete(), "{} lacks a language", c.key);
    }
    let differs = cat.competences.iter().filter(|c| c.name.nn != c.name.nb).count();
    let share = differs as f64 / cat.competences.len() as f64;
    assert!(share >= 0.30, "only {:.0}% of nynorsk names differ from bokmål", share * 100.0);
    let english_same = cat.competences.iter().filter(|c| c.name.en == c.name.nb).count();
    assert!(english_same <= 5, "{english_same} English names are just the bokmål");
}

#[test]
fn glossary_words_are_used_in_nynorsk() {
    let cat = default_catalogue();
    let nn: Vec<&str> = cat.competences.iter().map(|c| c.name.nn.as_str()).collect();
    for word in ["helsefagarbeidar", "sjukepleiar", "Vidareutdanning", "Legemiddelhandtering", "Førstehjelp", "Smittevern", "Brannvern"] {
        assert!(nn.iter().any(|n| n.contains(word)), "no nynorsk name contains {word}");
    }
}

#[test]
fn mandatory_courses_have_validity_periods() {
    let cat = default_catalogue();
    let months = |key: &str| cat.competence(key).and_then(|c| c.validity_months);
    assert_eq!(months("legemiddelhandtering"), Some(24));
    assert_eq!(months("forstehjelp-hlr"), Some(12));
    assert_eq!(months("brannvern"), Some(12));
    assert_eq!(months("basale-smittevernrutiner"), Some(24));
    assert_eq!(months("tvang-og-makt-kapittel-9"), Some(24));
    assert_eq!(months("varme-arbeider"), Some(60));
    assert!(cat.competences.iter().filter(|c| c.kind == Kind::Course && c.validity_months.is_some()).count() >= 10);
}

#[test]
fn ladder_only_on_formal_education_and_codes_where_known() {
    let cat = default_catalogue();
    for c in &cat.competences {
        assert_eq!(c.ladder.is_some(), c.kind == Kind::FormalEducation, "{}", c.key);
    }
    let nurse = cat.competence("bachelor-sykepleie").unwrap();
    assert_eq!(nurse.position_codes, vec!["7174".to_string()]);
    assert_eq!(nurse.styrk08.as_deref(), Some("2221"));
    assert_eq!(cat.competence("fagbrev-helsearbeiderfaget").unwrap().styrk08.as_deref(), Some("5321"));
}

#[test]
fn scales_are_as_specified() {
    let cat = default_catalogue();
    let achieved = cat.scale("achieved").unwrap();
    assert_eq!(achieved.levels.len(), 1);
    assert_eq!(achieved.levels[0].name.get(Lang::Nn), "Oppnådd");
    let p = cat.scale("proficiency").unwrap();
    assert_eq!(p.levels.iter().map(|l| l.value).collect::<Vec<_>>(), vec![1, 2, 3, 4]);
    assert_eq!(p.levels[0].name, Text::new("Grunnleggende", "Grunnleggjande", "Basic"));
    assert_eq!(p.levels[3].name.get(Lang::En), "Expert");
    assert_eq!(cat.scale("licence").unwrap().levels.len(), 1);
}

#[test]
fn every_category_has_something_in_it() {
    let cat = default_catalogue();
    for c in &cat.categories {
        let used = cat.competences_in(&c.key).next().is_some() || cat.subcategories(Some(&c.key)).next().is_some();
        assert!(used, "empty category {}", c.key);
    }
}

#[test]
fn names_fit_moodle_short_name_limit() {
    // Moodle truncates ID numbers and short names to 100 characters on import.
    let cat = default_catalogue();
    for c in &cat.competences {
        assert!(c.key.len() <= 100, "{}", c.key);
        for lang in Lang::ALL {
            assert!(c.name.get(lang).chars().count() <= 100, "{} in {lang:?}", c.key);
        }
    }
}

#[test]
fn text_get_picks_the_language() {
    let t = Text::new("sykepleier", "sjukepleiar", "nurse");
    assert_eq!(t.get(Lang::Nb), "sykepleier");
    assert_eq!(t.get(Lang::Nn), "sjukepleiar");
    assert_eq!(t.get(Lang::En), "nurse");
}

#[test]
fn kind_and_level_codes_round_trip() {
    for k in Kind::ALL {
        assert_eq!(Kind::parse(k.code()), Some(k));
    }
    for l in Level::ALL {
        assert_eq!(Level::parse(l.code()), Some(l));
    }
    assert_eq!(Kind::parse("formal_education"), Some(Kind::FormalEducation));
    assert_eq!(Level::parse("master-specialist"), Some(Level::MasterSpecialist));
    assert_eq!(Kind::parse("nonsense"), None);
    assert!(Level::Unskilled < Level::Skilled && Level::Bachelor < Level::MasterSpecialist);
}

#[test]
fn validate_reports_broken_references() {
    let mut cat = default_catalogue();
    cat.competences[0].category = "no-such-category".into();
    cat.competences[1].scale = "no-such-scale".into();
    cat.competences[2].name.nn.clear();
    let dup = cat.competences[3].clone();
    cat.competences.push(dup);
    cat.scales[1].levels[2].value = 7;
    cat.categories.push(saman_catalogue::Category { key: "x".into(), parent: Some("missing".into()), name: Text::same("X") });
    let errors = cat.validate().unwrap_err();
    let all = errors.join("\n");
    for needle in ["unknown category", "unknown scale", "empty in nn", "duplicate key", "expected 3", "unknown parent"] {
        assert!(all.contains(needle), "missing {needle:?} in:\n{all}");
    }
}

#[test]
fn toml_round_trip() {
    let cat = default_catalogue();
    let text = cat.to_toml_string().unwrap();
    assert_eq!(Catalogue::from_toml_str(&text).unwrap(), cat);
}
