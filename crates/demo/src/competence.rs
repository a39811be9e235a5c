//! Competence for the demo: what each person holds (formal education, authorisations,
//! further education, courses with and without validity, skills rated 1–4, experience),
//! what each organisation requires per position code and per unit, and what people want
//! to develop.
//!
//! Every date is relative to [`REFERENCE_DATE`], never the clock, so the same config
//! gives the same demo on any day. Courses with a validity are spread so that, seen from
//! the reference date, most are valid, some have expired and some expire within 90 days.
//!
//! Only keys of the default catalogue are used (`tests.rs` checks every table here); a
//! key missing from the catalogue is skipped rather than generated.

use std::collections::HashMap;

use chrono::{Datelike, Days, Months, NaiveDate};
use rand::Rng;
use saman_catalogue::Kind;

use crate::structure::Profile;
use crate::{DemoHolding, DemoPerson, DemoPosition, DemoRequirement, DemoUnit};

/// The day the demo's competence dates are computed from: holdings expire, or expire
/// soon, as seen from this day (2026-11-26).
pub const REFERENCE_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2026, 11, 26) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// What a holding of a shipped competence needs to know about it.
#[derive(Debug, Clone, Copy)]
struct Info {
    key: &'static str,
    kind: Kind,
    validity_months: Option<u32>,
    max_level: u8,
}

/// The shipped competences by key.
struct Lookup(HashMap<&'static str, Info>);

impl Lookup {
    fn new() -> Lookup {
        let cat = saman_catalogue::default_catalogue_ref();
        let mut map = HashMap::with_capacity(cat.competences.len());
        for c in &cat.competences {
            let max_level = cat.scale(&c.scale).map(|s| s.max_value()).unwrap_or(1).max(1);
            map.insert(c.key.as_str(), Info { key: c.key.as_str(), kind: c.kind, validity_months: c.validity_months, max_level });
        }
        Lookup(map)
    }

    fn get(&self, key: &str) -> Option<Info> {
        self.0.get(key).copied()
    }
}

/// What a person works as, from the position code of the first position and the kind of unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Nurse,
    SpecialistNurse,
    HealthWorker,
    CareAssistant,
    ProfessionalLead,
    CareLeader,
    Doctor,
    WardLeader,
    Teacher,
    Lektor,
    SchoolAide,
    SchoolLeader,
    KgTeacher,
    ChildWorker,
    KgAssistant,
    KgLeader,
    Engineer,
    Tradesperson,
    TechLeader,
    CultureTeacher,
    Office,
    OfficeLeader,
}

fn role(code: &str, profile: Profile) -> Role {
    use Profile::*;
    match (code, profile) {
        ("7174", _) => Role::Nurse,
        ("7204", _) => Role::SpecialistNurse,
        ("7611", _) => Role::HealthWorker,
        ("7215", Kindergarten) => Role::KgAssistant,
        ("7215", _) => Role::CareAssistant,
        ("7950", _) => Role::ProfessionalLead,
        ("9215", _) => Role::Doctor,
        ("7954", Culture) => Role::CultureTeacher,
        ("7954", _) => Role::Teacher,
        ("7956", _) => Role::Lektor,
        ("7185", _) => Role::SchoolAide,
        ("7947", _) => Role::KgTeacher,
        ("7589", _) => Role::ChildWorker,
        ("7071", _) => Role::Engineer,
        ("7134", _) => Role::Tradesperson,
        ("9951", _) => Role::SchoolLeader,
        (_, Kindergarten) if code.starts_with('9') => Role::KgLeader,
        (_, CareHome | HomeCare | HealthService) if code.starts_with('9') => Role::CareLeader,
        (_, Ward) if code.starts_with('9') => Role::WardLeader,
        (_, School) if code.starts_with('9') => Role::SchoolLeader,
        (_, Technical) if code.starts_with('9') => Role::TechLeader,
        _ if code.starts_with('9') => Role::OfficeLeader,
        _ => Role::Office,
    }
}

impl Role {
    fn is_leader(self) -> bool {
        matches!(self, Role::CareLeader | Role::WardLeader | Role::SchoolLeader | Role::KgLeader | Role::TechLeader | Role::OfficeLeader)
    }

    /// Nurse by training: nurses, specialist nurses, professional leads and most care leaders.
    fn nursing(self) -> bool {
        matches!(self, Role::Nurse | Role::SpecialistNurse | Role::ProfessionalLead | Role::WardLeader | Role::CareLeader)
    }
}

type Table = &'static [(&'static str, f64)];

// Courses, each taken with the given probability. Those with a validity in the catalogue
// (medication administration, first aid, fire safety, infection control, …) get dates
// spread around their expiry.
const NURSE_COURSES: Table = &[
    ("legemiddelhandtering", 0.96),
    ("legemiddelregning", 0.88),
    ("basale-smittevernrutiner", 0.9),
    ("hlr-hjertestarter", 0.9),
    ("brannvern", 0.85),
    ("forflytningsteknikk", 0.65),
    ("tvang-og-makt-kapittel-9", 0.4),
    ("vold-og-trusler", 0.45),
    ("personvern-gdpr", 0.8),
    ("tidlig-oppdagelse-forverret-tilstand", 0.7),
    ("taushetsplikt", 0.6),
    ("demensomsorgens-abc", 0.3),
    ("eldreomsorgens-abc", 0.25),
    ("grunnkurs-palliasjon", 0.35),
    ("ernaering-eldre", 0.3),
    ("munn-og-tannstell", 0.25),
    ("anafylaksi-vaksinasjon", 0.3),
    ("selvmordsforebygging", 0.1),
];
const HEALTH_WORKER_COURSES: Table = &[
    ("legemiddelhandtering", 0.88),
    ("legemiddelregning", 0.55),
    ("basale-smittevernrutiner", 0.9),
    ("hlr-hjertestarter", 0.88),
    ("brannvern", 0.85),
    ("forflytningsteknikk", 0.85),
    ("tvang-og-makt-kapittel-9", 0.4),
    ("vold-og-trusler", 0.45),
    ("personvern-gdpr", 0.75),
    ("tidlig-oppdagelse-forverret-tilstand", 0.5),
    ("taushetsplikt", 0.6),
    ("demensomsorgens-abc", 0.4),
    ("eldreomsorgens-abc", 0.35),
    ("grunnkurs-palliasjon", 0.25),
    ("ernaering-eldre", 0.35),
    ("munn-og-tannstell", 0.4),
    ("mitt-livs-abc", 0.15),
];
const ASSISTANT_COURSES: Table = &[
    ("legemiddelhandtering", 0.3),
    ("basale-smittevernrutiner", 0.8),
    ("hlr-hjertestarter", 0.7),
    ("brannvern", 0.8),
    ("forflytningsteknikk", 0.75),
    ("personvern-gdpr", 0.55),
    ("taushetsplikt", 0.7),
    ("vold-og-trusler", 0.3),
    ("demensomsorgens-abc", 0.15),
    ("munn-og-tannstell", 0.3),
    ("ernaering-eldre", 0.2),
    ("tvang-og-makt-kapittel-9", 0.25),
];
const DOCTOR_COURSES: Table = &[
    ("hlr-hjertestarter", 0.95),
    ("basale-smittevernrutiner", 0.85),
    ("personvern-gdpr", 0.8),
    ("brannvern", 0.75),
    ("anafylaksi-vaksinasjon", 0.35),
    ("tidlig-oppdagelse-forverret-tilstand", 0.6),
    ("taushetsplikt", 0.5),
    ("vold-og-trusler", 0.3),
    ("selvmordsforebygging", 0.2),
];
const SCHOOL_COURSES: Table = &[
    ("forstehjelp-hlr", 0.8),
    ("brannvern", 0.8),
    ("personvern-gdpr", 0.8),
    ("vold-og-trusler", 0.5),
    ("skolemiljo-mobbing", 0.75),
    ("bekymringsmelding-barnevern", 0.65),
    ("vold-og-overgrep-mot-barn", 0.5),
    ("taushetsplikt", 0.6),
    ("selvmordsforebygging", 0.15),
    ("beredskap-krisehandtering", 0.3),
    ("universell-utforming-digital", 0.15),
];
const KINDERGARTEN_COURSES: Table = &[
    ("forstehjelp-barn", 0.8),
    ("brannvern", 0.8),
    ("hygiene-i-barnehagen", 0.7),
    ("personvern-gdpr", 0.65),
    ("bekymringsmelding-barnevern", 0.65),
    ("vold-og-overgrep-mot-barn", 0.55),
    ("taushetsplikt", 0.7),
    ("naeringsmiddelhygiene", 0.2),
    ("forstehjelp-hlr", 0.35),
    ("beredskap-krisehandtering", 0.2),
];
const TECH_COURSES: Table = &[
    ("forstehjelp-hlr", 0.75),
    ("brannvern", 0.8),
    ("varme-arbeider", 0.35),
    ("arbeidsvarsling", 0.4),
    ("fallsikring", 0.4),
    ("motorsag", 0.25),
    ("personvern-gdpr", 0.5),
    ("taushetsplikt", 0.35),
    ("driftsoperator-vannforsyning", 0.08),
    ("driftsoperator-avlop", 0.08),
    ("vold-og-trusler", 0.15),
];
const ENGINEER_EXTRA: Table = &[
    ("prosjektledelse", 0.6),
    ("plan-og-bygningsloven", 0.35),
    ("offentlige-anskaffelser", 0.3),
    ("regneark-dataanalyse", 0.5),
    ("gis-kartforvaltning", 0.25),
    ("prosjekterfaring", 0.5),
    ("byggesaksbehandling", 0.15),
    ("tverrfaglig-samarbeid", 0.3),
];
const OFFICE_COURSES: Table = &[
    ("brannvern", 0.7),
    ("personvern-gdpr", 0.9),
    ("forstehjelp-hlr", 0.5),
    ("taushetsplikt", 0.65),
    ("forvaltningsrett-saksbehandling", 0.5),
    ("arkiv-journalforing", 0.45),
    ("klarsprak", 0.4),
    ("offentlige-anskaffelser", 0.15),
    ("universell-utforming-digital", 0.15),
    ("plan-og-bygningsloven", 0.1),
    ("vold-og-trusler", 0.2),
    ("beredskap-krisehandtering", 0.15),
];
const LEADER_COURSES: Table = &[
    ("hms-for-ledere", 0.75),
    ("lederopplaering-nye-ledere", 0.6),
    ("medarbeidersamtale-for-ledere", 0.5),
    ("sykefravaersoppfolging", 0.6),
    ("arbeidsrett-personalforvaltning", 0.35),
    ("konflikthandtering", 0.35),
    ("hovedtariffavtalen", 0.25),
    ("brannvernleder", 0.3),
    ("beredskap-krisehandtering", 0.3),
];

// Skills, each rated 1–4 with the given probability.
const NURSE_SKILLS: Table = &[
    ("observasjonskompetanse", 0.9),
    ("dokumentasjon-journalsystem", 0.9),
    ("pasientsikkerhet", 0.7),
    ("kommunikasjon-brukere-parorende", 0.6),
    ("sarstell", 0.7),
    ("kateterisering-stomistell", 0.6),
    ("intravenos-behandling", 0.55),
    ("ernaeringskartlegging", 0.4),
    ("fallforebygging", 0.4),
    ("personsentrert-omsorg-vips", 0.3),
    ("legemiddelsamstemming", 0.4),
    ("plo-meldinger", 0.45),
    ("utskrivningsklare-pasienter", 0.3),
    ("velferdsteknologi", 0.35),
    ("digital-kompetanse", 0.5),
    ("tverrfaglig-samarbeid", 0.5),
    ("praksisveiledning-studenter", 0.3),
    ("sentralt-venekateter", 0.25),
    ("sondeernaering", 0.25),
    ("oppfolging-kols", 0.2),
    ("oppfolging-hjertesvikt", 0.2),
    ("kultursensitiv-omsorg", 0.15),
];
const HEALTH_WORKER_SKILLS: Table = &[
    ("observasjonskompetanse", 0.8),
    ("dokumentasjon-journalsystem", 0.8),
    ("pasientsikkerhet", 0.5),
    ("kommunikasjon-brukere-parorende", 0.6),
    ("sarstell", 0.45),
    ("kateterisering-stomistell", 0.35),
    ("ernaeringskartlegging", 0.3),
    ("fallforebygging", 0.45),
    ("personsentrert-omsorg-vips", 0.35),
    ("velferdsteknologi", 0.4),
    ("hverdagsrehabilitering", 0.3),
    ("digital-kompetanse", 0.45),
    ("veiledning-av-laerlinger", 0.25),
    ("kultursensitiv-omsorg", 0.15),
    ("sondeernaering", 0.15),
    ("miljoarbeid-utviklingshemming", 0.1),
];
const ASSISTANT_SKILLS: Table = &[
    ("kommunikasjon-brukere-parorende", 0.55),
    ("dokumentasjon-journalsystem", 0.55),
    ("fallforebygging", 0.3),
    ("velferdsteknologi", 0.3),
    ("digital-kompetanse", 0.4),
    ("norskferdigheter", 0.25),
    ("flersprakelighet", 0.2),
    ("personsentrert-omsorg-vips", 0.25),
    ("observasjonskompetanse", 0.4),
    ("hverdagsrehabilitering", 0.15),
];
const DOCTOR_SKILLS: Table = &[
    ("observasjonskompetanse", 0.7),
    ("dokumentasjon-journalsystem", 0.9),
    ("pasientsikkerhet", 0.7),
    ("pakkeforlop", 0.5),
    ("legemiddelsamstemming", 0.5),
    ("intravenos-behandling", 0.4),
    ("kommunikasjon-brukere-parorende", 0.5),
    ("tverrfaglig-samarbeid", 0.5),
    ("praksisveiledning-studenter", 0.2),
];
const WARD_EXTRA_SKILLS: Table = &[("pakkeforlop", 0.35), ("helsefellesskap-samarbeidsavtaler", 0.1)];
const TEACHER_SKILLS: Table = &[
    ("klasseledelse", 0.85),
    ("vurdering-for-laering", 0.8),
    ("lese-og-skriveopplaering", 0.45),
    ("digitale-verktoy-undervisning", 0.75),
    ("digital-kompetanse", 0.65),
    ("tverrfaglig-samarbeid", 0.45),
    ("flersprakelighet", 0.15),
    ("kollegaveiledning", 0.3),
    ("praksisveiledning-studenter", 0.2),
    ("traumebevisst-omsorg", 0.2),
    ("barn-med-saerskilte-behov", 0.35),
    ("kommunikasjon-brukere-parorende", 0.4),
    ("mentor", 0.1),
    ("medarbeiderdrevet-innovasjon", 0.05),
];
const AIDE_SKILLS: Table = &[
    ("barn-med-saerskilte-behov", 0.6),
    ("miljoarbeid-utviklingshemming", 0.4),
    ("alternativ-supplerende-kommunikasjon", 0.3),
    ("traumebevisst-omsorg", 0.25),
    ("digital-kompetanse", 0.35),
    ("tverrfaglig-samarbeid", 0.3),
];
const KINDERGARTEN_SKILLS: Table = &[
    ("sprakutvikling-barnehage", 0.8),
    ("barn-med-saerskilte-behov", 0.55),
    ("flersprakelighet", 0.2),
    ("digital-kompetanse", 0.45),
    ("traumebevisst-omsorg", 0.2),
    ("tverrfaglig-samarbeid", 0.4),
    ("alternativ-supplerende-kommunikasjon", 0.15),
    ("kommunikasjon-brukere-parorende", 0.5),
    ("veiledning-av-laerlinger", 0.15),
    ("praksisveiledning-studenter", 0.1),
    ("kollegaveiledning", 0.15),
];
const TECH_SKILLS: Table = &[
    ("byggautomasjon", 0.3),
    ("renholdsplanlegging", 0.2),
    ("gis-kartforvaltning", 0.15),
    ("digital-kompetanse", 0.5),
    ("prosjektledelse", 0.25),
    ("byggesaksbehandling", 0.08),
    ("veiledning-av-laerlinger", 0.25),
    ("tverrfaglig-samarbeid", 0.2),
];
const OFFICE_SKILLS: Table = &[
    ("saksbehandling", 0.75),
    ("regneark-dataanalyse", 0.6),
    ("digital-kompetanse", 0.85),
    ("tverrfaglig-samarbeid", 0.35),
    ("kommunikasjon-brukere-parorende", 0.3),
    ("prosjektledelse", 0.35),
    ("ikt-brukerstotte", 0.15),
    ("tjenestedesign", 0.12),
    ("brukermedvirkning", 0.25),
    ("bruk-av-tolk", 0.1),
    ("gis-kartforvaltning", 0.08),
    ("byggesaksbehandling", 0.08),
    ("medarbeiderdrevet-innovasjon", 0.1),
    ("ledelse-av-frivillige", 0.08),
];
const LEADER_SKILLS: Table = &[
    ("budsjett-okonomistyring", 0.75),
    ("rekruttering-intervju", 0.55),
    ("endringsledelse", 0.4),
    ("tillitsbasert-ledelse", 0.3),
    ("strategisk-kompetanseplanlegging", 0.3),
    ("prosjektledelse", 0.3),
    ("refleksjonsgrupper", 0.2),
];
const CARE_LEADER_SKILLS: Table = &[("turnusplanlegging", 0.75)];

/// Wishes: what people in a role want to develop, each with a probability.
const NURSE_WISHES: Table = &[
    ("videreutdanning-demens-alderspsykiatri", 0.14),
    ("videreutdanning-palliasjon", 0.12),
    ("videreutdanning-geriatrisk-sykepleie", 0.06),
    ("videreutdanning-sarbehandling", 0.05),
    ("master-avansert-klinisk-allmennsykepleie", 0.04),
    ("praksisveiledning-studenter", 0.05),
];
const WARD_NURSE_WISHES: Table = &[
    ("spesialsykepleie-intensiv", 0.06),
    ("spesialsykepleie-anestesi", 0.04),
    ("videreutdanning-kreftsykepleie", 0.06),
    ("videreutdanning-akuttsykepleie", 0.06),
    ("videreutdanning-palliasjon", 0.05),
];
const HEALTH_WORKER_WISHES: Table = &[
    ("fagskole-demensomsorg-alderspsykiatri", 0.1),
    ("fagskole-helse-aldring-aktiv-omsorg", 0.06),
    ("bachelor-sykepleie", 0.04),
    ("legemiddelregning", 0.05),
    ("veiledning-av-laerlinger", 0.04),
];
const TEACHER_WISHES: Table = &[
    ("videreutdanning-matematikk-laerere", 0.06),
    ("videreutdanning-norsk-laerere", 0.05),
    ("videreutdanning-spesialpedagogikk", 0.07),
    ("videreutdanning-engelsk-laerere", 0.04),
    ("digitale-verktoy-undervisning", 0.04),
];
const KINDERGARTEN_WISHES: Table =
    &[("barnehagelaererutdanning", 0.08), ("fagskole-oppvekstfag", 0.05), ("sprakutvikling-barnehage", 0.05)];
const OFFICE_WISHES: Table = &[("videreutdanning-digitalisering", 0.05), ("prosjektledelse", 0.06), ("regneark-dataanalyse", 0.04)];
const TECH_WISHES: Table = &[("fagskole-bygg", 0.05), ("byggautomasjon", 0.05)];
const LEADER_WISHES: Table = &[("videreutdanning-ledelse", 0.3), ("master-offentlig-ledelse", 0.06), ("endringsledelse", 0.1)];

/// Every key the tables above and the code below name, for the test that they all exist.
#[cfg(test)]
pub(crate) fn named_keys() -> Vec<&'static str> {
    let tables: [Table; 34] = [
        NURSE_COURSES,
        HEALTH_WORKER_COURSES,
        ASSISTANT_COURSES,
        DOCTOR_COURSES,
        SCHOOL_COURSES,
        KINDERGARTEN_COURSES,
        TECH_COURSES,
        OFFICE_COURSES,
        LEADER_COURSES,
        NURSE_SKILLS,
        HEALTH_WORKER_SKILLS,
        ASSISTANT_SKILLS,
        DOCTOR_SKILLS,
        WARD_EXTRA_SKILLS,
        ENGINEER_EXTRA,
        TEACHER_SKILLS,
        AIDE_SKILLS,
        KINDERGARTEN_SKILLS,
        TECH_SKILLS,
        OFFICE_SKILLS,
        LEADER_SKILLS,
        CARE_LEADER_SKILLS,
        NURSE_WISHES,
        WARD_NURSE_WISHES,
        HEALTH_WORKER_WISHES,
        TEACHER_WISHES,
        KINDERGARTEN_WISHES,
        OFFICE_WISHES,
        TECH_WISHES,
        LEADER_WISHES,
        OTHER_SKILLED,
        TRADES,
        OFFICE_EDUCATION,
        SPECIALISATION_WARD,
    ];
    let mut keys: Vec<&'static str> = tables.iter().flat_map(|t| t.iter().map(|(k, _)| *k)).collect();
    keys.extend(CODE_REQUIREMENTS.iter().map(|r| r.1));
    keys.extend(UNIT_REQUIREMENTS.iter().map(|r| r.1));
    keys.extend(EXTRA_KEYS);
    keys
}

/// Keys named directly in the code below.
#[cfg(test)]
const EXTRA_KEYS: &[&str] = &[
    "bachelor-sykepleie",
    "autorisasjon-sykepleier",
    "lisens-helsepersonell",
    "arbeidserfaring-utlandet",
    "fagbrev-helsearbeiderfaget",
    "autorisasjon-helsefagarbeider",
    "fagskole-demensomsorg-alderspsykiatri",
    "fagskole-helse-aldring-aktiv-omsorg",
    "fagskole-psykisk-helsearbeid-rusarbeid",
    "ingen-relevant-formell-utdanning",
    "bachelor-vernepleie",
    "autorisasjon-vernepleier",
    "medisinstudiet",
    "autorisasjon-lege",
    "grunnskolelaererutdanning-1-7",
    "grunnskolelaererutdanning-5-10",
    "praktisk-pedagogisk-utdanning",
    "lektorutdanning",
    "master-spesialpedagogikk",
    "fagbrev-barne-og-ungdomsarbeiderfaget",
    "barnehagelaererutdanning",
    "tilleggsutdanning-barnehagepedagogikk",
    "bachelor-barnevern",
    "fagskole-oppvekstfag",
    "bachelor-ingenior",
    "master-teknologi",
    "fagskole-bygg",
    "forerkort-b",
    "forerkort-be",
    "forerkort-c",
    "kompetansebevis-anleggsmaskin",
    "kompetansebevis-truck",
    "hms-kort",
    "fse-elektriske-anlegg",
    "fagbrev-elektrikerfaget",
    "master-offentlig-ledelse",
    "master-ledelse",
    "videreutdanning-ledelse",
    "rektorutdanning",
    "styrerutdanning",
    "videreutdanning-geriatrisk-sykepleie",
    "videreutdanning-demens-alderspsykiatri",
    "videreutdanning-veiledning",
    "master-avansert-klinisk-allmennsykepleie",
    "helsesykepleierutdanning",
    "master-psykisk-helsearbeid",
    "videreutdanning-psykisk-helsearbeid",
    "videreutdanning-palliasjon",
    "videreutdanning-kreftsykepleie",
    "videreutdanning-akuttsykepleie",
    "videreutdanning-smittevern",
    "videreutdanning-sarbehandling",
    "videreutdanning-rehabilitering",
    "videreutdanning-matematikk-laerere",
    "videreutdanning-norsk-laerere",
    "videreutdanning-spesialpedagogikk",
    "ledererfaring",
    "erfaring-sykehjem",
    "erfaring-hjemmetjenesten",
    "erfaring-sykehus",
    "erfaring-legevakt",
    "erfaring-psykisk-helsevern",
    "erfaring-rusomsorg",
    "erfaring-skole",
    "erfaring-barnehage",
    "erfaring-drift-vedlikehold-bygg",
    "erfaring-offentlig-forvaltning",
    "prosjekterfaring",
    "erfaring-verneombud",
    "hospitering-spesialisthelsetjenesten",
    "veiledning-av-laerlinger",
    "videreutdanning-velferdsteknologi",
    "akuttmedisinkurs-legevakt",
];

/// Skilled education an assistant may hold that is not the one the job asks for.
const OTHER_SKILLED: Table = &[
    ("fagbrev-barne-og-ungdomsarbeiderfaget", 3.0),
    ("fagbrev-aktivitorfaget", 1.0),
    ("omsorgsarbeiderutdanning", 1.5),
    ("fagbrev-kokkfaget", 1.0),
    ("fagbrev-kontor-og-administrasjonsfaget", 1.0),
    ("fagbrev-renholdsoperatorfaget", 0.5),
    ("bachelor-sosialt-arbeid", 0.7),
];
/// Trade certificates of skilled workers in technical services (weights).
const TRADES: Table = &[
    ("fagbrev-byggdrifterfaget", 30.0),
    ("fagbrev-elektrikerfaget", 12.0),
    ("fagbrev-rorleggerfaget", 10.0),
    ("fagbrev-anleggsmaskinforerfaget", 12.0),
    ("fagbrev-anleggsgartnerfaget", 10.0),
    ("fagbrev-renholdsoperatorfaget", 16.0),
    ("fagbrev-feierfaget", 4.0),
    ("fagbrev-institusjonskokkfaget", 6.0),
];
/// Education of administrative staff (weights; the rest have none relevant).
const OFFICE_EDUCATION: Table = &[
    ("bachelor-okonomi-administrasjon", 35.0),
    ("master-offentlig-ledelse", 10.0),
    ("master-rettsvitenskap", 8.0),
    ("bachelor-informasjonsteknologi", 12.0),
    ("bachelor-sosialt-arbeid", 10.0),
    ("fagbrev-kontor-og-administrasjonsfaget", 12.0),
    ("bachelor-barnevern", 5.0),
];
const SPECIALISATION_WARD: Table = &[
    ("spesialsykepleie-anestesi", 1.0),
    ("spesialsykepleie-intensiv", 1.5),
    ("spesialsykepleie-operasjon", 1.0),
    ("spesialsykepleie-barn", 0.5),
];

/// Requirements per position code: `(code, competence, min level, mandatory)`. Only added
/// for codes the organisation uses.
const CODE_REQUIREMENTS: &[(&str, &str, u8, bool)] = &[
    ("7174", "bachelor-sykepleie", 1, true),
    ("7174", "autorisasjon-sykepleier", 1, true),
    ("7174", "legemiddelhandtering", 1, true),
    ("7174", "hlr-hjertestarter", 1, false),
    ("7204", "bachelor-sykepleie", 1, true),
    ("7204", "autorisasjon-sykepleier", 1, true),
    ("7204", "legemiddelhandtering", 1, true),
    ("7611", "fagbrev-helsearbeiderfaget", 1, true),
    ("7611", "autorisasjon-helsefagarbeider", 1, true),
    ("7611", "legemiddelhandtering", 1, false),
    ("7950", "autorisasjon-sykepleier", 1, true),
    // Either teacher education qualifies a teacher (see ALTERNATIVES).
    ("7954", "grunnskolelaererutdanning-5-10", 1, true),
    ("7956", "lektorutdanning", 1, true),
    ("7947", "barnehagelaererutdanning", 1, true),
    ("7589", "fagbrev-barne-og-ungdomsarbeiderfaget", 1, true),
    ("9215", "medisinstudiet", 1, true),
    ("9215", "autorisasjon-lege", 1, true),
    ("9951", "rektorutdanning", 1, false),
];

/// How many people a unit requirement asks for.
#[derive(Debug, Clone, Copy)]
enum Count {
    Fixed(u32),
    /// This share (per cent) of the unit's people, at least the given number.
    Share(u32, u32),
}

/// Requirements per leaf unit: `(profile, competence, min level, mandatory, count)`.
const UNIT_REQUIREMENTS: &[(Profile, &str, u8, bool, Count)] = &[
    // Two per shift on a care home with medication administration, and first aid.
    (Profile::CareHome, "legemiddelhandtering", 1, true, Count::Fixed(4)),
    (Profile::CareHome, "hlr-hjertestarter", 1, true, Count::Fixed(3)),
    (Profile::CareHome, "brannvern", 1, true, Count::Fixed(3)),
    (Profile::CareHome, "demensomsorgens-abc", 1, false, Count::Fixed(2)),
    (Profile::CareHome, "tvang-og-makt-kapittel-9", 1, false, Count::Fixed(2)),
    // Home care drives: most need a driving licence.
    (Profile::HomeCare, "forerkort-b", 1, true, Count::Share(80, 3)),
    (Profile::HomeCare, "legemiddelhandtering", 1, true, Count::Fixed(4)),
    (Profile::HomeCare, "hlr-hjertestarter", 1, true, Count::Fixed(3)),
    (Profile::HealthService, "hlr-hjertestarter", 1, true, Count::Fixed(2)),
    (Profile::Kindergarten, "forstehjelp-barn", 1, true, Count::Share(34, 2)),
    (Profile::Kindergarten, "hygiene-i-barnehagen", 1, false, Count::Fixed(2)),
    (Profile::School, "forstehjelp-hlr", 1, true, Count::Fixed(3)),
    (Profile::School, "skolemiljo-mobbing", 1, false, Count::Fixed(2)),
    (Profile::Ward, "hlr-hjertestarter", 1, true, Count::Share(50, 4)),
    (Profile::Ward, "intravenos-behandling", 2, true, Count::Fixed(4)),
    (Profile::Technical, "forstehjelp-hlr", 1, false, Count::Fixed(2)),
];

/// Competence of one organisation.
pub(crate) struct Generated {
    pub holdings: Vec<DemoHolding>,
    pub requirements: Vec<DemoRequirement>,
    pub wishes: Vec<(usize, String)>,
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(REFERENCE_DATE)
}

fn days_before(d: NaiveDate, n: i64) -> NaiveDate {
    d.checked_sub_days(Days::new(n.max(0) as u64)).unwrap_or(d)
}

fn days_after(d: NaiveDate, n: i64) -> NaiveDate {
    d.checked_add_days(Days::new(n.max(0) as u64)).unwrap_or(d)
}

fn weighted<R: Rng>(rng: &mut R, items: Table) -> &'static str {
    let total: f64 = items.iter().map(|(_, w)| w).sum();
    let mut x = rng.random::<f64>() * total;
    for (k, w) in items {
        if x < *w {
            return k;
        }
        x -= w;
    }
    items.last().map(|(k, _)| *k).unwrap_or("")
}

/// One person being equipped.
struct Person {
    index: usize,
    birth_year: i32,
    /// Start of the first position in the organisation.
    start: NaiveDate,
    profile: Profile,
    role: Role,
    /// Years since `start`.
    years: i32,
    held: Vec<&'static str>,
}

impl Person {
    /// The earliest plausible date for anything adult: 1 June the year the person turns 18.
    fn adult(&self) -> NaiveDate {
        date(self.birth_year + 18, 6, 1)
    }
}

struct Gen<'a, R: Rng> {
    rng: &'a mut R,
    lookup: &'a Lookup,
    holdings: Vec<DemoHolding>,
    wishes: Vec<(usize, String)>,
}

impl<R: Rng> Gen<'_, R> {
    /// A day in `[from, to]` (or `to` if the range is empty).
    fn between(&mut self, from: NaiveDate, to: NaiveDate) -> NaiveDate {
        let span = (to - from).num_days();
        if span <= 0 {
            return to;
        }
        days_after(from, self.rng.random_range(0..=span))
    }

    /// A graduation day in June at an age in `ages`, not after `latest` (nor the reference date)
    /// and not before the person is 18.
    fn graduation(&mut self, p: &Person, ages: (i32, i32), latest: NaiveDate) -> NaiveDate {
        let year = p.birth_year + self.rng.random_range(ages.0..=ages.1);
        let day = date(year, 6, self.rng.random_range(10..=25));
        day.min(latest).min(days_before(REFERENCE_DATE, 30)).max(p.adult())
    }

    /// Adds a holding dated `on`, unless the person already holds it or the key is unknown.
    fn add_on(&mut self, p: &mut Person, key: &str, level: u8, on: NaiveDate) -> Option<NaiveDate> {
        let info = self.lookup.get(key)?;
        if p.held.contains(&info.key) {
            return None;
        }
        let on = on.min(REFERENCE_DATE);
        let expires_on = info.validity_months.and_then(|m| on.checked_add_months(Months::new(m)));
        let source = self.source(info);
        p.held.push(info.key);
        self.holdings.push(DemoHolding {
            person: p.index,
            competence_key: info.key.to_string(),
            level: level.clamp(1, info.max_level),
            obtained_on: on,
            expires_on,
            source,
        });
        Some(on)
    }

    /// Adds a holding dated by its kind: a course with a validity is spread around its expiry,
    /// anything else falls in the person's working years. Skills get a level from experience.
    fn add(&mut self, p: &mut Person, key: &str) -> Option<NaiveDate> {
        let info = self.lookup.get(key)?;
        let on = match (info.kind, info.validity_months) {
            (_, Some(months)) => {
                // Taken some time within 1.2 validity periods: about one in six has expired
                // and, for yearly courses, about one in five expires within 90 days.
                let span = i64::from(months) * 365 / 12 * 6 / 5;
                days_before(REFERENCE_DATE, self.rng.random_range(0..=span))
            }
            _ => {
                let from = days_before(p.start, 365 * 4).max(p.adult()).max(date(1995, 1, 1));
                self.between(from, REFERENCE_DATE)
            }
        };
        let level = if info.kind == Kind::Skill { self.skill_level(p) } else { 1 };
        self.add_on(p, key, level, on)
    }

    fn skill_level(&mut self, p: &Person) -> u8 {
        let weights: [u32; 4] = if p.years < 3 {
            [40, 40, 15, 5]
        } else if p.years < 10 {
            [15, 40, 35, 10]
        } else {
            [8, 30, 42, 20]
        };
        let mut x = self.rng.random_range(0..weights.iter().sum::<u32>());
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i as u8 + 1;
            }
            x -= w;
        }
        4
    }

    fn source(&mut self, info: Info) -> &'static str {
        let x: f64 = self.rng.random();
        let (imported, verified) = match info.kind {
            Kind::FormalEducation => (0.55, 0.45),
            // Health authorisations come from the register; driving licences are told.
            Kind::Authorisation if info.key.starts_with("autorisasjon") || info.key.starts_with("lisens") => (0.8, 0.2),
            Kind::Authorisation => (0.0, 0.35),
            Kind::FurtherEducation => (0.2, 0.6),
            Kind::Course => (0.65, 0.2),
            Kind::Skill => (0.0, 0.3),
            Kind::Experience => (0.0, 0.4),
        };
        if x < imported {
            "imported"
        } else if x < imported + verified {
            "verified"
        } else {
            "self"
        }
    }

    /// Each key of `table` with its probability.
    fn some(&mut self, p: &mut Person, table: Table) {
        for &(key, chance) in table {
            if self.rng.random_bool(chance.clamp(0.0, 1.0)) {
                self.add(p, key);
            }
        }
    }

    fn wish(&mut self, p: &Person, key: &str) {
        let Some(info) = self.lookup.get(key) else { return };
        if p.held.contains(&info.key) || self.wishes.iter().rev().take_while(|w| w.0 == p.index).any(|w| w.1 == info.key) {
            return;
        }
        self.wishes.push((p.index, info.key.to_string()));
    }

    fn wish_some(&mut self, p: &Person, table: Table) {
        for &(key, chance) in table {
            if self.rng.random_bool(chance.clamp(0.0, 1.0)) {
                self.wish(p, key);
            }
        }
    }

    /// Bachelor in nursing and authorisation (or, for a few trained abroad, a licence).
    fn nurse_education(&mut self, p: &mut Person) -> NaiveDate {
        // Some came up the ladder: health worker first.
        if self.rng.random_bool(0.08) {
            let fagbrev = self.graduation(p, (19, 21), p.start);
            if self.add_on(p, "fagbrev-helsearbeiderfaget", 1, fagbrev).is_some() {
                self.add_on(p, "autorisasjon-helsefagarbeider", 1, days_after(fagbrev, 30));
            }
        }
        let grad = self.graduation(p, (22, 26), p.start);
        if self.rng.random_bool(0.975) {
            self.add_on(p, "bachelor-sykepleie", 1, grad);
            if self.rng.random_bool(0.97) {
                let days = self.rng.random_range(14..90);
                self.add_on(p, "autorisasjon-sykepleier", 1, days_after(grad, days));
            }
        } else {
            // Trained abroad: a temporary licence while the authorisation is processed.
            let on = self.between(days_before(REFERENCE_DATE, 700), REFERENCE_DATE);
            self.add_on(p, "lisens-helsepersonell", 1, on);
            self.add_on(p, "arbeidserfaring-utlandet", 1, grad);
        }
        grad
    }

    /// Further education some years after `after`.
    fn further(&mut self, p: &mut Person, key: &str, after: NaiveDate) {
        let from = days_after(after, 365 * 2);
        let on = self.between(from, days_before(REFERENCE_DATE, 60));
        self.add_on(p, key, 1, on);
    }

    fn equip(&mut self, p: &mut Person) {
        use Profile::*;
        let care = matches!(p.profile, CareHome | HomeCare | HealthService | Ward);
        match p.role {
            Role::Nurse | Role::ProfessionalLead | Role::WardLeader | Role::SpecialistNurse => {
                let grad = self.nurse_education(p);
                if p.role == Role::SpecialistNurse {
                    match p.profile {
                        Ward => {
                            let key = weighted(self.rng, SPECIALISATION_WARD);
                            self.further(p, key, grad);
                        }
                        HealthService => {
                            let key = if self.rng.random_bool(0.5) { "helsesykepleierutdanning" } else { "master-psykisk-helsearbeid" };
                            self.further(p, key, grad);
                        }
                        _ => {
                            let key = if self.rng.random_bool(0.5) {
                                "master-avansert-klinisk-allmennsykepleie"
                            } else {
                                "videreutdanning-geriatrisk-sykepleie"
                            };
                            self.further(p, key, grad);
                        }
                    }
                }
                if p.role == Role::WardLeader && self.rng.random_bool(0.4) {
                    let key = weighted(self.rng, SPECIALISATION_WARD);
                    self.further(p, key, grad);
                }
                let further: &[(&str, f64)] = match p.profile {
                    Ward => &[
                        ("videreutdanning-kreftsykepleie", 0.05),
                        ("videreutdanning-akuttsykepleie", 0.05),
                        ("videreutdanning-smittevern", 0.03),
                    ],
                    HealthService => &[("videreutdanning-psykisk-helsearbeid", 0.15), ("videreutdanning-rus", 0.08)],
                    _ => &[
                        ("videreutdanning-demens-alderspsykiatri", 0.1),
                        ("videreutdanning-geriatrisk-sykepleie", 0.07),
                        ("videreutdanning-palliasjon", 0.07),
                        ("videreutdanning-sarbehandling", 0.04),
                        ("videreutdanning-diabetessykepleie", 0.03),
                        ("videreutdanning-rehabilitering", 0.03),
                    ],
                };
                for &(key, chance) in further {
                    if self.rng.random_bool(chance) {
                        self.further(p, key, grad);
                    }
                }
                if p.role == Role::ProfessionalLead && self.rng.random_bool(0.4) {
                    let key = if self.rng.random_bool(0.5) { "videreutdanning-veiledning" } else { "videreutdanning-ledelse" };
                    self.further(p, key, grad);
                }
                self.some(p, NURSE_COURSES);
                self.some(p, NURSE_SKILLS);
                if p.profile == HealthService {
                    self.some(p, &[("akuttmedisinkurs-legevakt", 0.4)]);
                }
                if p.profile == Ward {
                    self.some(p, WARD_EXTRA_SKILLS);
                }
            }
            Role::CareLeader => {
                let grad = if self.rng.random_bool(0.8) {
                    self.nurse_education(p)
                } else {
                    let grad = self.graduation(p, (22, 26), p.start);
                    self.add_on(p, "bachelor-vernepleie", 1, grad);
                    self.add_on(p, "autorisasjon-vernepleier", 1, days_after(grad, 40));
                    grad
                };
                if self.rng.random_bool(0.15) {
                    self.further(p, "videreutdanning-demens-alderspsykiatri", grad);
                }
                self.some(p, NURSE_COURSES);
                self.some(p, NURSE_SKILLS);
                self.some(p, CARE_LEADER_SKILLS);
            }
            Role::HealthWorker => {
                // Many take the trade certificate as adults, after other work.
                let ages = if self.rng.random_bool(0.55) { (19, 21) } else { (24, 45) };
                let fagbrev = self.graduation(p, ages, p.start);
                if self.rng.random_bool(0.96) {
                    self.add_on(p, "fagbrev-helsearbeiderfaget", 1, fagbrev);
                    if self.rng.random_bool(0.94) {
                        let days = self.rng.random_range(14..120);
                        self.add_on(p, "autorisasjon-helsefagarbeider", 1, days_after(fagbrev, days));
                    }
                }
                let fagskole: Table = &[
                    ("fagskole-demensomsorg-alderspsykiatri", 0.08),
                    ("fagskole-helse-aldring-aktiv-omsorg", 0.06),
                    ("fagskole-psykisk-helsearbeid-rusarbeid", 0.03),
                ];
                for &(key, chance) in fagskole {
                    if self.rng.random_bool(chance) {
                        self.further(p, key, fagbrev);
                    }
                }
                self.some(p, HEALTH_WORKER_COURSES);
                self.some(p, HEALTH_WORKER_SKILLS);
                if p.profile == Ward {
                    self.some(p, WARD_EXTRA_SKILLS);
                }
                self.wish_some(p, HEALTH_WORKER_WISHES);
            }
            Role::CareAssistant | Role::KgAssistant | Role::SchoolAide => {
                let unskilled = match p.role {
                    Role::SchoolAide => 0.35,
                    Role::KgAssistant => 0.65,
                    _ => 0.6,
                };
                if self.rng.random_bool(unskilled) {
                    // Unskilled: a few have it on record from the HR system.
                    if self.rng.random_bool(0.35) {
                        let on = self.between(p.start, days_before(REFERENCE_DATE, 30));
                        self.add_on(p, "ingen-relevant-formell-utdanning", 1, on);
                    }
                    // Some are taking the trade certificate, and say so.
                    let (trade, chance) = match p.role {
                        Role::CareAssistant => ("fagbrev-helsearbeiderfaget", 0.3),
                        _ => ("fagbrev-barne-og-ungdomsarbeiderfaget", 0.25),
                    };
                    if self.rng.random_bool(chance) {
                        self.wish(p, trade);
                    }
                } else if p.role == Role::SchoolAide && self.rng.random_bool(0.3) {
                    let grad = self.graduation(p, (22, 27), p.start);
                    self.add_on(p, "bachelor-vernepleie", 1, grad);
                    self.add_on(p, "autorisasjon-vernepleier", 1, days_after(grad, 40));
                } else {
                    let key = if p.role == Role::CareAssistant {
                        weighted(self.rng, OTHER_SKILLED)
                    } else {
                        "fagbrev-barne-og-ungdomsarbeiderfaget"
                    };
                    let grad = self.graduation(p, (19, 30), p.start);
                    self.add_on(p, key, 1, grad);
                }
                match p.role {
                    Role::CareAssistant => {
                        self.some(p, ASSISTANT_COURSES);
                        self.some(p, ASSISTANT_SKILLS);
                    }
                    Role::KgAssistant => {
                        self.some(p, KINDERGARTEN_COURSES);
                        self.some(p, KINDERGARTEN_SKILLS);
                        self.wish_some(p, KINDERGARTEN_WISHES);
                    }
                    _ => {
                        self.some(p, SCHOOL_COURSES);
                        self.some(p, AIDE_SKILLS);
                    }
                }
            }
            Role::Doctor => {
                let grad = self.graduation(p, (25, 29), p.start);
                self.add_on(p, "medisinstudiet", 1, grad);
                self.add_on(p, "autorisasjon-lege", 1, days_after(grad, 60));
                self.some(p, DOCTOR_COURSES);
                self.some(p, DOCTOR_SKILLS);
            }
            Role::Teacher | Role::SchoolLeader | Role::Lektor => {
                let grad = self.graduation(p, (22, 27), p.start);
                let x: f64 = self.rng.random();
                if p.role == Role::Lektor || x < 0.08 {
                    if self.rng.random_bool(0.85) {
                        self.add_on(p, "lektorutdanning", 1, grad);
                    } else {
                        self.add_on(p, "master-spesialpedagogikk", 1, grad);
                        self.further(p, "praktisk-pedagogisk-utdanning", grad);
                    }
                } else if x < 0.63 {
                    self.add_on(p, "grunnskolelaererutdanning-5-10", 1, grad);
                } else if x < 0.91 {
                    self.add_on(p, "grunnskolelaererutdanning-1-7", 1, grad);
                } else if self.rng.random_bool(0.5) {
                    // Taught on another degree, with PPU.
                    self.further(p, "praktisk-pedagogisk-utdanning", grad);
                }
                for &(key, chance) in &[
                    ("videreutdanning-matematikk-laerere", 0.12),
                    ("videreutdanning-norsk-laerere", 0.1),
                    ("videreutdanning-spesialpedagogikk", 0.08),
                    ("videreutdanning-engelsk-laerere", 0.06),
                ] {
                    if self.rng.random_bool(chance) {
                        self.further(p, key, grad);
                    }
                }
                if p.role == Role::SchoolLeader && self.rng.random_bool(0.55) {
                    self.further(p, "rektorutdanning", grad);
                }
                self.some(p, SCHOOL_COURSES);
                self.some(p, TEACHER_SKILLS);
                if p.role != Role::SchoolLeader {
                    self.wish_some(p, TEACHER_WISHES);
                }
            }
            Role::CultureTeacher => {
                if self.rng.random_bool(0.6) {
                    let grad = self.graduation(p, (23, 28), p.start);
                    self.add_on(p, "praktisk-pedagogisk-utdanning", 1, grad);
                }
                self.some(p, SCHOOL_COURSES);
                self.some(p, &TEACHER_SKILLS[..6]);
            }
            Role::KgTeacher | Role::KgLeader | Role::ChildWorker => {
                let grad = self.graduation(p, (21, 27), p.start);
                let x: f64 = self.rng.random();
                if p.role == Role::ChildWorker {
                    if x < 0.95 {
                        self.add_on(p, "fagbrev-barne-og-ungdomsarbeiderfaget", 1, grad);
                        if self.rng.random_bool(0.1) {
                            self.further(p, "fagskole-oppvekstfag", grad);
                        }
                    }
                } else if x < 0.9 || p.role == Role::KgLeader {
                    self.add_on(p, "barnehagelaererutdanning", 1, grad);
                } else if x < 0.95 {
                    // On dispensation: another degree plus supplementary kindergarten pedagogy.
                    self.add_on(p, "bachelor-barnevern", 1, grad);
                    self.further(p, "tilleggsutdanning-barnehagepedagogikk", grad);
                }
                if p.role == Role::KgLeader && self.rng.random_bool(0.5) {
                    self.further(p, "styrerutdanning", grad);
                }
                self.some(p, KINDERGARTEN_COURSES);
                self.some(p, KINDERGARTEN_SKILLS);
                if p.role != Role::KgLeader {
                    self.wish_some(p, KINDERGARTEN_WISHES);
                }
            }
            Role::Engineer | Role::TechLeader => {
                let grad = self.graduation(p, (22, 27), p.start);
                let key = match self.rng.random_range(0..10) {
                    0..=6 => "bachelor-ingenior",
                    7 | 8 => "master-teknologi",
                    _ => "fagskole-bygg",
                };
                self.add_on(p, key, 1, grad);
                self.driving(p, 0.92);
                self.some(p, TECH_COURSES);
                self.some(p, TECH_SKILLS);
                self.some(p, ENGINEER_EXTRA);
                self.wish_some(p, TECH_WISHES);
            }
            Role::Tradesperson => {
                if self.rng.random_bool(0.92) {
                    let key = weighted(self.rng, TRADES);
                    let grad = self.graduation(p, (19, 24), p.start);
                    self.add_on(p, key, 1, grad);
                    if key == "fagbrev-elektrikerfaget" {
                        self.add(p, "fse-elektriske-anlegg");
                    }
                }
                self.driving(p, 0.95);
                for &(key, chance) in &[
                    ("forerkort-be", 0.3),
                    ("forerkort-c", 0.15),
                    ("kompetansebevis-anleggsmaskin", 0.15),
                    ("kompetansebevis-truck", 0.15),
                    ("hms-kort", 0.4),
                ] {
                    if self.rng.random_bool(chance) {
                        let on = self.between(days_after(p.adult(), 365 * 2), REFERENCE_DATE);
                        self.add_on(p, key, 1, on);
                    }
                }
                self.some(p, TECH_COURSES);
                self.some(p, TECH_SKILLS);
                self.wish_some(p, TECH_WISHES);
            }
            Role::Office | Role::OfficeLeader => {
                if self.rng.random_bool(0.85) {
                    let key = weighted(self.rng, OFFICE_EDUCATION);
                    let grad = self.graduation(p, (22, 28), p.start);
                    self.add_on(p, key, 1, grad);
                }
                self.some(p, OFFICE_COURSES);
                self.some(p, OFFICE_SKILLS);
                self.wish_some(p, OFFICE_WISHES);
            }
        }

        if p.role.is_leader() {
            if p.role != Role::SchoolLeader && p.role != Role::KgLeader && self.rng.random_bool(0.45) {
                let after = days_after(p.adult(), 365 * 6);
                self.further(p, "videreutdanning-ledelse", after);
            }
            if self.rng.random_bool(0.1) {
                let key = if self.rng.random_bool(0.6) { "master-offentlig-ledelse" } else { "master-ledelse" };
                let after = days_after(p.adult(), 365 * 10);
                self.further(p, key, after);
            }
            let on = self.between(days_before(p.start, 365 * 3).max(days_after(p.adult(), 365 * 8)), REFERENCE_DATE);
            self.add_on(p, "ledererfaring", 1, on);
            self.some(p, LEADER_COURSES);
            self.some(p, LEADER_SKILLS);
            self.wish_some(p, LEADER_WISHES);
        }

        if care {
            self.driving(p, if p.profile == HomeCare { 0.97 } else { 0.75 });
            if p.role.nursing() {
                self.wish_some(p, if p.profile == Ward { WARD_NURSE_WISHES } else { NURSE_WISHES });
            }
        } else if !matches!(p.role, Role::Engineer | Role::TechLeader | Role::Tradesperson) {
            self.driving(p, 0.8);
        }
        self.experience(p);
    }

    fn driving(&mut self, p: &mut Person, chance: f64) {
        if self.rng.random_bool(chance) {
            let on = self.between(p.adult(), days_after(p.adult(), 365 * 4));
            self.add_on(p, "forerkort-b", 1, on);
        }
    }

    fn experience(&mut self, p: &mut Person) {
        use Profile::*;
        let here: Table = match p.profile {
            CareHome => &[("erfaring-sykehjem", 0.8), ("erfaring-hjemmetjenesten", 0.2), ("erfaring-sykehus", 0.15)],
            HomeCare => &[("erfaring-hjemmetjenesten", 0.8), ("erfaring-sykehjem", 0.3), ("erfaring-sykehus", 0.15)],
            HealthService => {
                &[("erfaring-legevakt", 0.25), ("erfaring-psykisk-helsevern", 0.3), ("erfaring-rusomsorg", 0.2), ("erfaring-sykehus", 0.2)]
            }
            Ward => &[("erfaring-sykehus", 0.9), ("erfaring-sykehjem", 0.15), ("erfaring-hjemmetjenesten", 0.1)],
            School => &[("erfaring-skole", 0.8), ("erfaring-barnehage", 0.05)],
            Kindergarten => &[("erfaring-barnehage", 0.8), ("erfaring-skole", 0.05)],
            Technical => &[("erfaring-drift-vedlikehold-bygg", 0.5), ("prosjekterfaring", 0.15)],
            Culture | Admin => &[("erfaring-offentlig-forvaltning", 0.6), ("prosjekterfaring", 0.2)],
        };
        self.some(p, here);
        if matches!(p.profile, CareHome | HomeCare) && p.role.nursing() && self.rng.random_bool(0.08) {
            self.add(p, "hospitering-spesialisthelsetjenesten");
        }
        self.some(p, &[("erfaring-verneombud", 0.04), ("arbeidserfaring-utlandet", 0.03), ("erfaring-innovasjonsprosjekt", 0.03)]);
    }
}

/// Holdings, requirements and wishes for one organisation. `profiles[u]` is the kind of
/// work of leaf unit `u` (`None` for sectors and departments).
pub(crate) fn generate<R: Rng>(
    rng: &mut R,
    units: &[DemoUnit],
    profiles: &[Option<Profile>],
    people: &[DemoPerson],
    positions: &[DemoPosition],
) -> Generated {
    let lookup = Lookup::new();
    let mut g = Gen { rng, lookup: &lookup, holdings: Vec::with_capacity(people.len() * 22), wishes: Vec::with_capacity(people.len() / 5) };

    // The first positions come in person order.
    for (index, (person, pos)) in people.iter().zip(positions).enumerate() {
        let profile = profiles.get(pos.unit).copied().flatten().unwrap_or(Profile::Admin);
        let mut p = Person {
            index,
            birth_year: person.birth_year,
            start: pos.start_date,
            profile,
            role: role(&pos.position_code, profile),
            years: REFERENCE_DATE.year() - pos.start_date.year(),
            held: Vec::with_capacity(32),
        };
        g.equip(&mut p);
    }

    let requirements = requirements(&lookup, units, profiles, positions);
    Generated { holdings: g.holdings, requirements, wishes: g.wishes }
}

/// Competences that meet a position-code requirement as well as its own: the catalogue splits
/// teacher education in 1–7 and 5–10, and either qualifies a teacher (code 7954).
const ALTERNATIVES: &[(&str, &str)] = &[("grunnskolelaererutdanning-5-10", "grunnskolelaererutdanning-1-7")];

fn requirements(lookup: &Lookup, units: &[DemoUnit], profiles: &[Option<Profile>], positions: &[DemoPosition]) -> Vec<DemoRequirement> {
    let mut out = Vec::new();
    for &(code, key, min_level, mandatory) in CODE_REQUIREMENTS {
        if lookup.get(key).is_none() || !positions.iter().any(|p| p.position_code == code) {
            continue;
        }
        let alternatives = ALTERNATIVES.iter().filter(|(k, _)| *k == key).map(|(_, a)| a.to_string()).collect();
        out.push(DemoRequirement {
            unit: None,
            position_code: Some(code.to_string()),
            competence_key: key.to_string(),
            min_level,
            mandatory,
            min_count: None,
            alternatives,
        });
    }
    let mut staff = vec![0u32; units.len()];
    for p in positions {
        if let Some(s) = staff.get_mut(p.unit) {
            *s += 1;
        }
    }
    for (unit, profile) in profiles.iter().enumerate() {
        let Some(profile) = profile else { continue };
        for &(wanted, key, min_level, mandatory, count) in UNIT_REQUIREMENTS {
            if wanted != *profile || lookup.get(key).is_none() {
                continue;
            }
            let min_count = match count {
                Count::Fixed(n) => n,
                Count::Share(pct, at_least) => (staff[unit] * pct).div_ceil(100).max(at_least),
            };
            out.push(DemoRequirement {
                unit: Some(unit),
                position_code: None,
                competence_key: key.to_string(),
                min_level,
                mandatory,
                min_count: Some(min_count),
                alternatives: vec![],
            });
        }
        // An emergency ward needs people with the emergency-medicine course.
        if *profile == Profile::HealthService
            && units.get(unit).is_some_and(|u| u.name == "Legevakt")
            && lookup.get("akuttmedisinkurs-legevakt").is_some()
        {
            out.push(DemoRequirement {
                unit: Some(unit),
                position_code: None,
                competence_key: "akuttmedisinkurs-legevakt".to_string(),
                min_level: 1,
                mandatory: true,
                min_count: Some(4),
                alternatives: vec![],
            });
        }
    }
    out
}
