//! Kinds of organisations and units.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    #[default]
    Municipality,
    HospitalTrust,
    UniversityCollege,
    PrivatePartner,
    County,
    Other,
}

impl OrgKind {
    pub const ALL: [OrgKind; 6] = [
        OrgKind::Municipality,
        OrgKind::County,
        OrgKind::HospitalTrust,
        OrgKind::UniversityCollege,
        OrgKind::PrivatePartner,
        OrgKind::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            OrgKind::Municipality => "municipality",
            OrgKind::HospitalTrust => "hospital_trust",
            OrgKind::UniversityCollege => "university_college",
            OrgKind::PrivatePartner => "private_partner",
            OrgKind::County => "county",
            OrgKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<OrgKind> {
        OrgKind::ALL.into_iter().find(|k| k.code() == s.trim())
    }

    /// Whether organisations of this kind have a municipality number (kommunenummer).
    pub fn has_municipality_number(self) -> bool {
        self == OrgKind::Municipality
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Sector,
    Department,
    Unit,
}

impl UnitKind {
    pub const ALL: [UnitKind; 3] = [UnitKind::Sector, UnitKind::Department, UnitKind::Unit];

    pub fn code(self) -> &'static str {
        match self {
            UnitKind::Sector => "sector",
            UnitKind::Department => "department",
            UnitKind::Unit => "unit",
        }
    }

    /// Accepts the stored code and the Norwegian words HR systems use.
    pub fn parse(s: &str) -> Option<UnitKind> {
        match s.trim().to_lowercase().as_str() {
            "sector" | "sektor" | "tjenesteområde" | "tenesteområde" => Some(UnitKind::Sector),
            "department" | "avdeling" | "virksomhet" | "verksemd" => Some(UnitKind::Department),
            "unit" | "enhet" | "eining" | "" => Some(UnitKind::Unit),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_from_its_stored_code() {
        let codes: Vec<&str> = OrgKind::ALL.iter().map(|k| k.code()).collect();
        assert_eq!(codes, ["municipality", "county", "hospital_trust", "university_college", "private_partner", "other"]);
        for k in OrgKind::ALL {
            assert_eq!(OrgKind::parse(k.code()), Some(k));
        }
        assert_eq!(OrgKind::parse("castle"), None);
    }

    #[test]
    fn only_municipalities_have_a_municipality_number() {
        let with: Vec<OrgKind> = OrgKind::ALL.into_iter().filter(|k| k.has_municipality_number()).collect();
        assert_eq!(with, vec![OrgKind::Municipality]);
    }
}
