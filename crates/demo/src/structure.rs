//! The organisations and their unit trees: sector → department → leaf units.
//! The number of leaf units in each department grows with the people the
//! organisation gets, so leaf units hold a few dozen people at any size.

use rand::Rng;
use saman_domain::{OrgKind, UnitKind};

use crate::DemoUnit;
use crate::names::{CARE_HOMES, KINDERGARTENS, Naming, PLACES};

/// What kind of work a leaf unit does: decides titles, part-time mix and ages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Profile {
    CareHome,
    HomeCare,
    HealthService,
    School,
    Kindergarten,
    Technical,
    Culture,
    Admin,
    Ward,
}

pub(crate) struct OrgSpec {
    pub name: &'static str,
    pub kind: OrgKind,
    /// E-mail domain.
    pub domain: &'static str,
    /// Starts every unit code.
    pub prefix: &'static str,
    /// Relative share of the network's employees.
    pub share: u32,
    pub sectors: &'static [SectorDef],
}

pub(crate) struct SectorDef {
    pub code: &'static str,
    pub name: &'static str,
    pub groups: &'static [GroupDef],
}

/// A department and the leaf units under it.
pub(crate) struct GroupDef {
    pub code: &'static str,
    pub name: &'static str,
    pub profile: Profile,
    /// Share of the organisation's people, in per mille.
    pub weight: u32,
    /// Typical number of people per leaf unit.
    pub per_unit: usize,
    pub naming: Naming,
}

const fn group(code: &'static str, name: &'static str, profile: Profile, weight: u32, per_unit: usize, naming: Naming) -> GroupDef {
    GroupDef { code, name, profile, weight, per_unit, naming }
}

use Profile::*;

/// The sector names every municipality has.
pub const MUNICIPAL_SECTORS: [&str; 6] =
    ["Helse og omsorg", "Oppvekst og utdanning", "Barnehage", "Tekniske tjenester", "Kultur", "Administrasjon"];

const ZONES: &[&str] = &["nord", "sør", "øst", "vest", "sentrum"];

static MUNICIPALITY: [SectorDef; 6] = [
    SectorDef {
        code: "HO",
        name: MUNICIPAL_SECTORS[0],
        groups: &[
            group("SH", "Sykehjem", CareHome, 210, 32, Naming::stems(CARE_HOMES, &["sykehjem", "bo- og omsorgssenter", "helsetun"])),
            group("HT", "Hjemmetjenesten", HomeCare, 130, 30, Naming::zones("Hjemmetjenesten sone", ZONES)),
            group(
                "HS",
                "Helsetjenester",
                HealthService,
                60,
                22,
                Naming::fixed(&[
                    "Legevakt",
                    "Helsestasjon og skolehelsetjeneste",
                    "Psykisk helse og rus",
                    "Fysio- og ergoterapi",
                    "Bo- og avlastningstjenester",
                    "Tildelingskontoret",
                ]),
            ),
        ],
    },
    SectorDef {
        code: "OU",
        name: MUNICIPAL_SECTORS[1],
        groups: &[
            group("SK", "Skoler", School, 225, 38, Naming::stems(PLACES, &["skole", "ungdomsskole", "barneskole"])),
            group(
                "SP",
                "Støttetjenester oppvekst",
                Admin,
                25,
                18,
                Naming::fixed(&["Pedagogisk-psykologisk tjeneste", "Oppvekstkontoret", "Voksenopplæringen", "Barnevernstjenesten"]),
            ),
        ],
    },
    SectorDef {
        code: "BH",
        name: MUNICIPAL_SECTORS[2],
        groups: &[group(
            "KB",
            "Kommunale barnehager",
            Kindergarten,
            150,
            20,
            Naming::stems(KINDERGARTENS, &["barnehage", "naturbarnehage", "friluftsbarnehage"]),
        )],
    },
    SectorDef {
        code: "TT",
        name: MUNICIPAL_SECTORS[3],
        groups: &[
            group(
                "VA",
                "Vei, vann og avløp",
                Technical,
                30,
                22,
                Naming::fixed(&["Veidrift", "Vann og avløp", "Park og grøntanlegg", "Renovasjon", "Brann og redning"]),
            ),
            group(
                "EI",
                "Eiendom",
                Technical,
                50,
                25,
                Naming::fixed(&["Eiendomsdrift", "Renhold", "Byggprosjekter", "Vaktmestertjenesten"]),
            ),
        ],
    },
    SectorDef {
        code: "KU",
        name: MUNICIPAL_SECTORS[4],
        groups: &[group(
            "KT",
            "Kulturtjenester",
            Culture,
            30,
            18,
            Naming::fixed(&["Biblioteket", "Kulturskolen", "Fritid og frivillighet", "Kulturhuset"]),
        )],
    },
    SectorDef {
        code: "AD",
        name: MUNICIPAL_SECTORS[5],
        groups: &[group(
            "ST",
            "Kommunedirektørens stab",
            Admin,
            90,
            20,
            Naming::fixed(&[
                "Personal og organisasjon",
                "Økonomi",
                "IKT",
                "Servicetorget",
                "Dokumentsenteret",
                "Lønn",
                "Innkjøp",
                "Plan og utvikling",
                "Kommunikasjon",
                "Byggesak og oppmåling",
                "Landbruk og miljø",
                "Skatt og innfordring",
                "Flyktningtjenesten",
                "Boligkontoret",
            ]),
        )],
    },
];

static HOSPITAL: [SectorDef; 4] = [
    SectorDef {
        code: "MK",
        name: "Medisinsk klinikk",
        groups: &[
            group("MED", "Medisinsk avdeling", Ward, 210, 36, Naming::numbered("Medisinsk sengepost")),
            group("HJE", "Hjerteavdelingen", Ward, 80, 34, Naming::numbered("Hjertemedisinsk sengepost")),
            group("AKM", "Akuttmottak og observasjon", Ward, 60, 40, Naming::fixed(&["Akuttmottaket", "Observasjonsposten"])),
        ],
    },
    SectorDef {
        code: "KK",
        name: "Kirurgisk klinikk",
        groups: &[
            group("KIR", "Kirurgisk avdeling", Ward, 150, 36, Naming::numbered("Kirurgisk sengepost")),
            group("ORT", "Ortopedisk avdeling", Ward, 90, 34, Naming::numbered("Ortopedisk sengepost")),
            group(
                "ANE",
                "Anestesi og operasjon",
                Ward,
                110,
                40,
                Naming::fixed(&["Operasjonsavdelingen", "Intensivavdelingen", "Postoperativ avdeling", "Dagkirurgisk enhet"]),
            ),
        ],
    },
    SectorDef {
        code: "KB",
        name: "Kvinne- og barneklinikken",
        groups: &[
            group(
                "FGY",
                "Føde og gynekologi",
                Ward,
                70,
                32,
                Naming::fixed(&["Fødeavdelingen", "Barselavdelingen", "Gynekologisk sengepost"]),
            ),
            group(
                "BUA",
                "Barne- og ungdomsavdelingen",
                Ward,
                60,
                30,
                Naming::fixed(&["Barnesengepost", "Nyfødtintensiv", "Barne- og ungdomspoliklinikken"]),
            ),
        ],
    },
    SectorDef {
        code: "PH",
        name: "Klinikk for psykisk helsevern",
        groups: &[
            group("DPS", "Distriktspsykiatrisk senter", Ward, 110, 30, Naming::numbered("DPS Fjordvik sengepost")),
            group("AKP", "Akuttpsykiatrisk avdeling", Ward, 60, 30, Naming::numbered("Akuttpsykiatrisk sengepost")),
        ],
    },
];

pub(crate) fn org_specs() -> [OrgSpec; 4] {
    [
        OrgSpec {
            name: "Fjordvik kommune",
            kind: OrgKind::Municipality,
            domain: "fjordvik.kommune.no",
            prefix: "4660",
            share: 45,
            sectors: &MUNICIPALITY,
        },
        OrgSpec {
            name: "Lindøy kommune",
            kind: OrgKind::Municipality,
            domain: "lindoy.kommune.no",
            prefix: "4661",
            share: 25,
            sectors: &MUNICIPALITY,
        },
        OrgSpec {
            name: "Storeli kommune",
            kind: OrgKind::Municipality,
            domain: "storeli.kommune.no",
            prefix: "4662",
            share: 15,
            sectors: &MUNICIPALITY,
        },
        OrgSpec {
            name: "Helse Fjordvik HF",
            kind: OrgKind::HospitalTrust,
            domain: "helse-fjordvik.no",
            prefix: "HFV",
            share: 15,
            sectors: &HOSPITAL,
        },
    ]
}

/// A leaf unit people can be placed in.
pub(crate) struct Leaf {
    /// Index into the organisation's units.
    pub unit: usize,
    pub profile: Profile,
    pub group: &'static str,
}

pub(crate) struct Built {
    pub units: Vec<DemoUnit>,
    pub leaves: Vec<Leaf>,
    /// Running sum of leaf weights, for drawing a leaf in O(log n).
    pub cumulative: Vec<f64>,
}

impl Built {
    /// Draws a leaf (index into `leaves`) in proportion to its weight.
    pub(crate) fn draw<R: Rng>(&self, rng: &mut R) -> usize {
        let total = self.cumulative.last().copied().unwrap_or(0.0);
        let x = rng.random::<f64>() * total;
        self.cumulative.partition_point(|&c| c <= x).min(self.leaves.len().saturating_sub(1))
    }

    /// The first leaf of a department, by department code.
    pub(crate) fn first_leaf(&self, group: &str) -> usize {
        self.leaves.iter().position(|l| l.group == group).unwrap_or(0)
    }
}

/// Builds the unit tree of one organisation sized for `people`.
pub(crate) fn build<R: Rng>(spec: &OrgSpec, people: usize, rng: &mut R) -> Built {
    let mut units = Vec::new();
    let mut leaves = Vec::new();
    let mut cumulative = Vec::new();
    let mut total = 0.0;
    let unit = |code: String, name: String, kind, parent| DemoUnit { code, name, kind, parent, leader: None };
    for sector in spec.sectors {
        let sector_index = units.len();
        units.push(unit(format!("{}-{}", spec.prefix, sector.code), sector.name.to_string(), UnitKind::Sector, None));
        for g in sector.groups {
            let dept_index = units.len();
            let dept_code = format!("{}-{}-{}", spec.prefix, sector.code, g.code);
            units.push(unit(dept_code.clone(), g.name.to_string(), UnitKind::Department, Some(sector_index)));
            let expected = people as f64 * f64::from(g.weight) / 1000.0;
            let count = ((expected / g.per_unit as f64).round() as usize).max(1);
            for i in 0..count {
                leaves.push(Leaf { unit: units.len(), profile: g.profile, group: g.code });
                units.push(unit(format!("{dept_code}{}", i + 1), g.naming.name(i, count), UnitKind::Unit, Some(dept_index)));
                // Units differ in size: between 0.6 and 1.4 of the department's average.
                total += expected / count as f64 * rng.random_range(0.6..1.4);
                cumulative.push(total);
            }
        }
    }
    Built { units, leaves, cumulative }
}
