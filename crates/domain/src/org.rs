//! Kinds of organisations and units.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Municipality,
    HospitalTrust,
    UniversityCollege,
    PrivatePartner,
}

impl OrgKind {
    pub const ALL: [OrgKind; 4] = [OrgKind::Municipality, OrgKind::HospitalTrust, OrgKind::UniversityCollege, OrgKind::PrivatePartner];

    pub fn code(self) -> &'static str {
        match self {
            OrgKind::Municipality => "municipality",
            OrgKind::HospitalTrust => "hospital_trust",
            OrgKind::UniversityCollege => "university_college",
            OrgKind::PrivatePartner => "private_partner",
        }
    }

    pub fn parse(s: &str) -> Option<OrgKind> {
        OrgKind::ALL.into_iter().find(|k| k.code() == s.trim())
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
